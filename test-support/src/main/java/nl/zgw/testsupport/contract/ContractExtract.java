package nl.zgw.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedSet;

/**
 * Writes the facts of an OpenAPI file (YAML or JSON) to an extract committed beside the tests.
 * Used by {@code scripts/contract-extract.sh}.
 * <p>
 * Usage: {@code ContractExtract <openapi.yaml> <out.facts>}
 */
public final class ContractExtract {

    private ContractExtract() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ContractExtract <openapi.yaml|json> <out.facts>");
            System.exit(2);
        }
        Path spec = Path.of(args[0]);
        JsonNode doc = read(spec);
        SortedSet<String> facts = ContractFacts.extract(doc, "");
        StringBuilder out = new StringBuilder();
        out.append("# Contract facts of ").append(doc.path("info").path("title").asText()).append(' ')
                .append(doc.path("info").path("version").asText()).append(", extracted from ")
                .append(spec.getFileName()).append(" by scripts/contract-extract.sh. Do not edit.\n");
        facts.forEach(f -> out.append(f).append('\n'));
        Path target = Path.of(args[1]);
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, out.toString(), StandardCharsets.UTF_8);
        System.out.println(facts.size() + " facts written to " + target);
    }

    public static JsonNode read(Path file) throws IOException {
        ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new ObjectMapper(new YAMLFactory());
        return mapper.readTree(file.toFile());
    }
}
