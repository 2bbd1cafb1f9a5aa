package nl.zgw.testsupport.contract;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares the facts of a served OpenAPI document with the committed extract of the contract.
 * {@code missing} are contract facts the service does not serve (or serves differently);
 * {@code unexpected} are facts the service serves that the contract does not have.
 */
public record ContractDrift(SortedSet<String> missing, SortedSet<String> unexpected) {

    public static ContractDrift compare(SortedSet<String> contract, SortedSet<String> served) {
        SortedSet<String> missing = new TreeSet<>(contract);
        missing.removeAll(served);
        SortedSet<String> unexpected = new TreeSet<>(served);
        unexpected.removeAll(contract);
        return new ContractDrift(missing, unexpected);
    }

    /** Compares {@code served} (a parsed OpenAPI document) with a committed extract. */
    public static ContractDrift compare(SortedSet<String> contract, JsonNode served, String pathPrefix) {
        return compare(contract, ContractFacts.extract(served, pathPrefix));
    }

    /** Reads an extract written by {@link ContractExtract}: one fact a line, {@code #} comments. */
    public static SortedSet<String> readExtract(InputStream in) {
        try (in) {
            SortedSet<String> facts = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    facts.add(line.strip());
                }
            }
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops facts whose kind (the part before the first {@code |}) is in {@code kinds}. */
    public ContractDrift ignoring(String... kinds) {
        List<String> prefixes = new ArrayList<>();
        for (String kind : kinds) {
            prefixes.add(kind + "|");
        }
        SortedSet<String> m = new TreeSet<>(missing);
        SortedSet<String> u = new TreeSet<>(unexpected);
        m.removeIf(f -> prefixes.stream().anyMatch(f::startsWith));
        u.removeIf(f -> prefixes.stream().anyMatch(f::startsWith));
        return new ContractDrift(m, u);
    }

    public boolean isEmpty() {
        return missing.isEmpty() && unexpected.isEmpty();
    }

    /** Every difference, one a line, for a test failure message. */
    public String report() {
        StringBuilder sb = new StringBuilder();
        sb.append(missing.size()).append(" contract facts missing or different, ")
                .append(unexpected.size()).append(" served facts not in the contract\n");
        missing.forEach(f -> sb.append("- ").append(f).append('\n'));
        unexpected.forEach(f -> sb.append("+ ").append(f).append('\n'));
        return sb.toString();
    }
}
