package nl.zgw.documenten.inhoud;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BestandssysteemOpslagTest extends InhoudOpslagContractTest {

    @TempDir
    Path map;

    @Override
    protected InhoudOpslag opslag() {
        return new BestandssysteemOpslag(map);
    }

    @Override
    protected long aantal() throws Exception {
        try (Stream<Path> paden = Files.walk(map)) {
            return paden.filter(Files::isRegularFile).count(); // the temporary folder included
        }
    }

    @Test
    void aKeyIsNeverAPathAClientChose() {
        assertThatThrownBy(() -> opslag().lees("../../etc/passwd", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> opslag().lees("1-1-1-1-1", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingIsLeftInTheTemporaryFolder() throws Exception {
        try (InhoudOpslag.Schrijver schrijver = opslag().nieuw()) {
            schrijver.uit().write(new byte[10]);
        }
        try (InhoudOpslag.Schrijver schrijver = opslag().nieuw()) {
            schrijver.uit().write(new byte[10]);
            schrijver.klaar();
        }
        try (Stream<Path> tmp = Files.list(map.resolve("tmp"))) {
            assertThat(tmp).isEmpty();
        }
    }
}
