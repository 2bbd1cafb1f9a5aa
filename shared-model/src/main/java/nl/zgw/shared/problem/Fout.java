package nl.zgw.shared.problem;

/**
 * The ZGW {@code Fout} body of a 4xx/5xx response without field errors, served as
 * {@code application/problem+json}.
 */
public record Fout(String type, String code, String title, int status, String detail, String instance) {
}
