package nl.zgw.shared.auth;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Concurrent asks for the same key share answers, without ever giving an ask an answer that was
 * obtained before it arrived. Per key at most one ask runs at a time; the asks that arrive while
 * it runs wait for it to end and then share the next one, which therefore starts after each of
 * them arrived. Alone, an ask runs at once; under load, N concurrent verifications of one token
 * cost about two asks instead of N. This is what keeps strict verification strict (ADR 0007): a
 * change committed before a request arrived is seen by the answer that request gets.
 *
 * <p>An ask that fails fails for everyone who shared it (the same exception). Keys are held only
 * while an ask for them runs or waits.
 */
public final class GebundeldeVraag<K, V> {

    private final ConcurrentHashMap<K, Stand<V>> standen = new ConcurrentHashMap<>();

    /** What runs for a key ({@code lopend}) and what waits to run next ({@code volgend}). */
    private static final class Stand<V> {
        CompletableFuture<V> lopend;
        CompletableFuture<V> volgend;
    }

    /** One ask's part: the answer it gets, whether it does the asking, and what it waits for first. */
    private record Beurt<V>(CompletableFuture<V> antwoord, boolean vraagt, CompletableFuture<V> naAfloopVan) {
    }

    /** The answer of {@code vraag} for {@code sleutel}, asked after this call began. */
    public V vraag(K sleutel, Supplier<V> vraag) {
        Beurt<V> beurt = aanmelden(sleutel);
        if (!beurt.vraagt()) {
            return uitkomst(beurt.antwoord());
        }
        if (beurt.naAfloopVan() != null) {
            beurt.naAfloopVan().handle((antwoord, fout) -> null).join();
            standen.compute(sleutel, (k, stand) -> {
                stand.lopend = stand.volgend;
                stand.volgend = null;
                return stand;
            });
        }
        V antwoord;
        try {
            antwoord = vraag.get();
        } catch (Throwable fout) { // also what a supplier throws sneakily: the waiting asks never hang
            afmelden(sleutel);
            beurt.antwoord().completeExceptionally(fout);
            if (fout instanceof RuntimeException r) {
                throw r;
            }
            if (fout instanceof Error e) {
                throw e;
            }
            throw new IllegalStateException(fout);
        }
        afmelden(sleutel);
        beurt.antwoord().complete(antwoord);
        return antwoord;
    }

    /** How many keys have an ask running or waiting (nothing is kept once the asks for a key end). */
    public int inBehandeling() {
        return standen.size();
    }

    private Beurt<V> aanmelden(K sleutel) {
        @SuppressWarnings("unchecked")
        Beurt<V>[] beurt = new Beurt[1];
        standen.compute(sleutel, (k, stand) -> {
            if (stand == null) {
                stand = new Stand<>();
                stand.lopend = new CompletableFuture<>();
                beurt[0] = new Beurt<>(stand.lopend, true, null);
            } else if (stand.volgend != null) {
                beurt[0] = new Beurt<>(stand.volgend, false, null);
            } else {
                stand.volgend = new CompletableFuture<>();
                beurt[0] = new Beurt<>(stand.volgend, true, stand.lopend);
            }
            return stand;
        });
        return beurt[0];
    }

    /** The running ask ended: the key is forgotten unless asks wait for the next one. */
    private void afmelden(K sleutel) {
        standen.compute(sleutel, (k, stand) -> {
            if (stand.volgend == null) {
                return null;
            }
            stand.lopend = null;
            return stand;
        });
    }

    private static <V> V uitkomst(CompletableFuture<V> antwoord) {
        try {
            return antwoord.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException fout) {
                throw fout;
            }
            if (e.getCause() instanceof Error fout) {
                throw fout;
            }
            throw e;
        }
    }
}
