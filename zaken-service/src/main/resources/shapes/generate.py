#!/usr/bin/env python3
"""Extracts the shapes of Rol.betrokkeneIdentificatie and ZaakObject.objectIdentificatie from the
Zaken API spec into identificatie-shapes.json (facts only: types, limits, enums, required).

Usage: python3 generate.py path/to/zaken-1.7.0.yaml [out.json]
Fails loudly on any schema construct it does not understand, so the facts stay trustworthy.
"""
import json
import os
import re
import sys

import yaml

IGNORED = {"description", "title", "example", "deprecated"}
FIELD_KEYS = ("format", "maxLength", "minLength", "minimum", "maximum", "pattern")


def ref_name(schema):
    """The component name a schema refers to ($ref, or allOf of one $ref), or None."""
    if "$ref" in schema:
        return schema["$ref"].split("/")[-1]
    parts = schema.get("allOf", [])
    if len(parts) == 1 and "$ref" in parts[0]:
        return parts[0]["$ref"].split("/")[-1]
    return None


class Spec:
    def __init__(self, doc):
        self.doc = doc
        self.schemas = doc["components"]["schemas"]

    def component(self, ref):
        prefix = "#/components/schemas/"
        if not ref.startswith(prefix):
            raise ValueError("unsupported $ref " + ref)
        return self.schemas[ref[len(prefix):]]

    def flatten(self, schema, stack=()):
        """Merges $ref and allOf into one schema dict (outer keys win, e.g. nullable)."""
        if "$ref" in schema:
            ref = schema["$ref"]
            if ref in stack:
                raise ValueError("cyclic schema " + ref)
            merged = dict(self.flatten(self.component(ref), stack + (ref,)))
            merged.update({k: v for k, v in schema.items() if k != "$ref"})
            return merged
        if "allOf" in schema:
            outer = {k: v for k, v in schema.items() if k != "allOf"}
            merged, properties, required = {}, {}, []
            for part in [self.flatten(p, stack) for p in schema["allOf"]] + [outer]:
                part = dict(part)
                properties.update(part.pop("properties", {}))
                required += [r for r in part.pop("required", []) if r not in required]
                merged.update(part)
            if properties:
                merged["properties"] = properties
            if required:
                merged["required"] = required
            return merged
        return schema

    def field(self, schema):
        s = self.flatten(schema)
        out = {}
        if "oneOf" in s:
            # Only enum unions (e.g. GeslachtsaanduidingEnum | BlankEnum) occur; anything else is new.
            values = []
            for option in s["oneOf"]:
                flat = self.flatten(option)
                if set(flat) - IGNORED - {"enum", "type"} or "enum" not in flat:
                    raise ValueError("unsupported oneOf option %r" % flat)
                values += [v for v in flat["enum"] if v not in values]
            s = dict(s, enum=values)
            s.pop("oneOf")
        unknown = set(s) - IGNORED - set(FIELD_KEYS) - {
            "type", "enum", "nullable", "properties", "required", "items", "additionalProperties"}
        if unknown:
            raise ValueError("unsupported schema keys %s in %r" % (sorted(unknown), s))
        kind = s.get("type")
        if kind is None and "enum" in s and all(isinstance(v, str) for v in s["enum"]):
            kind = "string"
        if kind not in ("string", "integer", "number", "boolean", "object", "array"):
            raise ValueError("unsupported type %r in %r" % (kind, s))
        out["type"] = kind
        for key in FIELD_KEYS:
            if key in s:
                out[key] = s[key]
        if "enum" in s:
            out["enum"] = list(s["enum"])
        if s.get("nullable"):
            out["nullable"] = True
        if kind == "object" and "properties" in s:
            out["shape"] = self.shape(s, ref_name(schema))
        if kind == "array":
            out["items"] = self.field(s["items"])
        return out

    def shape(self, schema, name=None):
        s = self.flatten(schema)
        if s.get("type") != "object" or "properties" not in s:
            raise ValueError("not an object shape: %r" % s)
        fields = {name: self.field(prop) for name, prop in s["properties"].items()}
        required = sorted(s.get("required", []))
        missing = [r for r in required if r not in fields]
        if missing:
            raise ValueError("required but undefined: %s" % missing)
        shape = {"fields": fields, "required": required}
        if name:
            shape["name"] = name  # the component schema the specification names it by
        return shape

    def variant_property(self, variant_ref, base, prop):
        """The schema of `prop` in a discriminator variant (allOf [base, extra...]), or None."""
        found = None
        for part in self.component(variant_ref)["allOf"]:
            if part.get("$ref", "").endswith("/" + base):
                continue
            name = part["$ref"].split("/")[-1]
            props = self.flatten(part).get("properties", {})
            if prop in props:
                found = props[prop]
            elif prop == "objectIdentificatie" and "betrokkeneIdentificatie" in props:
                # The spec's ZaakObject variants for persons reuse the Rol component
                # (betrokkene_identificatie_RolX); the wire field is objectIdentificatie, as in the
                # otherwise unreferenced object_identificatie_RolX component.
                twin = name.replace("betrokkene_identificatie_", "object_identificatie_")
                found = self.schemas[twin]["properties"][prop]
            elif props:
                raise ValueError("%s has neither %s nor a known twin" % (name, prop))
        return found

    def shapes(self, base, prop):
        mapping = self.schemas[base]["discriminator"]["mapping"]
        result = {}
        for value, ref in mapping.items():
            schema = self.variant_property(ref, base, prop)
            result[value] = None if schema is None else self.shape(schema, ref_name(schema))
        return result

    def rol_filters(self, rol_shapes):
        prefix = "betrokkeneIdentificatie__"
        params = []
        for item in self.doc["paths"]["/rollen"].values():
            if isinstance(item, dict) and item.get("operationId") == "rol_list":
                params = [p["name"] for p in item["parameters"] if p.get("name", "").startswith(prefix)]
        if not params:
            raise ValueError("no betrokkeneIdentificatie filters found on rol_list")
        filters = {}
        for name in params:
            segments = name[len(prefix):].split("__")
            betrokkene_type = re.sub(r"([A-Z])", lambda m: "_" + m.group(1).lower(), segments[0])
            path = segments[1:]
            shape = rol_shapes[betrokkene_type]
            for i, step in enumerate(path):  # the path must exist in the shape
                if shape is None or step not in shape["fields"]:
                    raise ValueError("filter %s points nowhere" % name)
                shape = shape["fields"][step].get("shape") if i < len(path) - 1 else shape
            filters[name] = {"betrokkeneType": betrokkene_type, "path": path}
        return filters


def main():
    spec_path = sys.argv[1]
    out_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "identificatie-shapes.json")
    with open(spec_path, encoding="utf-8") as f:
        spec = Spec(yaml.safe_load(f))
    rol = spec.shapes("Rol", "betrokkeneIdentificatie")
    facts = {
        "rol": rol,
        "zaakobject": spec.shapes("ZaakObject", "objectIdentificatie"),
        "rolFilters": spec.rol_filters(rol),
    }
    with open(out_path, "w", encoding="utf-8") as f:
        json.dump(facts, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()
