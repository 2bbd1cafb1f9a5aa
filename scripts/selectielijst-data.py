#!/usr/bin/env python3
"""Converts the Django fixtures of VNG's Selectielijst (procestypen, resultaten,
resultaattypeomschrijvingen) into the compact data file the suite's local Selectielijst API
(nl.zgw.testsupport.selectielijst.SuiteSelectielijst) serves:

    scripts/selectielijst-data.py <folder with the fixtures>

Objects are referred to by uuid. A resultaat names its procestype and, if it is specifiek, its
generiek resultaat; of the taakgebied booleans only those that are true are listed. The server
derives the rest of the API's representation (url, volledigNummer, generiek, specifiek, ...).
"""
import json
import pathlib
import re
import sys

TAAKGEBIEDEN = [
    "algemeen_bestuur_en_inrichting_organisatie", "bedrijfsvoering_en_personeel",
    "publieke_informatie_en_registratie", "burgerzaken", "veiligheid", "verkeer_en_vervoer", "economie",
    "onderwijs", "sport_cultuur_en_recreatie", "sociaal_domein", "volksgezonheid_en_milieu", "vhrosv",
    "heffen_belastingen", "alle_taakgebieden",
]
OUT = pathlib.Path(__file__).resolve().parent.parent / \
    "test-support/src/main/resources/selectielijst/selectielijst-2020.json"


def camel(name):
    return re.sub(r"_([a-z])", lambda m: m.group(1).upper(), name)


def load(folder, name, model):
    rows = json.loads((folder / name).read_text(encoding="utf-8"))
    return sorted((r for r in rows if r["model"] == model), key=lambda r: r["pk"])


def main(folder):
    procestypen = load(folder, "selectielijst_2020_procestypen.json", "selectielijst.procestype")
    resultaten = load(folder, "selectielijst_2020_resultaten.json", "selectielijst.resultaat")
    omschrijvingen = load(folder, "resultaattypeomschrijvingen.json", "datamodel.resultaattypeomschrijvinggeneriek")
    procestype_uuid = {p["pk"]: p["fields"]["uuid"] for p in procestypen}
    resultaat_uuid = {r["pk"]: r["fields"]["uuid"] for r in resultaten}

    out_resultaten = []
    for r in resultaten:
        f = r["fields"]
        item = {"uuid": f["uuid"], "procesType": procestype_uuid[f["proces_type"]]}
        if f.get("generiek_resultaat") is not None:
            item["generiekResultaat"] = resultaat_uuid[f["generiek_resultaat"]]
        for key in ("nummer", "naam", "omschrijving", "herkomst", "waardering", "procestermijn"):
            item[key] = f[key]
        item["bewaartermijn"] = f.get("bewaartermijn") or None
        item["toelichting"] = f.get("toelichting", "")
        item["procestermijnOpmerking"] = f.get("procestermijn_opmerking", "")
        item["taakgebieden"] = [camel(t) for t in TAAKGEBIEDEN if f.get(t)]
        out_resultaten.append(item)

    data = {
        "procestypen": [{"uuid": p["fields"]["uuid"], **{k: p["fields"][k] for k in (
            "nummer", "jaar", "naam", "omschrijving", "toelichting", "procesobject")}} for p in procestypen],
        "resultaten": out_resultaten,
        "resultaattypeomschrijvingen": [{"uuid": o["fields"]["uuid"], **{k: o["fields"].get(k, "") for k in (
            "omschrijving", "definitie", "opmerking")}} for o in omschrijvingen],
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(data['procestypen'])} procestypen, {len(out_resultaten)} resultaten, "
          f"{len(data['resultaattypeomschrijvingen'])} resultaattypeomschrijvingen")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(pathlib.Path(sys.argv[1]))
