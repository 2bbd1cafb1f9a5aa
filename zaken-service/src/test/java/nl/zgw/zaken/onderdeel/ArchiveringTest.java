package nl.zgw.zaken.onderdeel;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveringTest {

    @Test
    void termijnenAreIsoDurations() {
        assertThat(Archivering.period("P10Y")).contains(Period.ofYears(10));
        assertThat(Archivering.period("P1Y6M")).contains(Period.of(1, 6, 0));
        assertThat(Archivering.period("P2W")).contains(Period.ofDays(14));
        assertThat(Archivering.period("P10YT0H")).contains(Period.ofYears(10));
        assertThat(Archivering.period("P1DT36H")).contains(Period.ofDays(2));
        assertThat(Archivering.period("PT48H")).contains(Period.ofDays(2));
        assertThat(Archivering.period("tien jaar")).isEqualTo(Optional.empty());
        assertThat(Archivering.period("")).isEmpty();
    }

    @Test
    void datumkenmerkenAreDatesOrDateTimes() {
        assertThat(Archivering.date("2030-01-15")).isEqualTo(LocalDate.of(2030, 1, 15));
        assertThat(Archivering.date("20300115")).isEqualTo(LocalDate.of(2030, 1, 15));
        assertThat(Archivering.date("2030-01-15T10:00:00+01:00")).isEqualTo(LocalDate.of(2030, 1, 15));
        assertThat(Archivering.date("2013-1-1")).isEqualTo(LocalDate.of(2013, 1, 1)); // as VNG's zrc-021h writes it
        assertThat(Archivering.date("2013-13-1")).isNull();
        assertThat(Archivering.date("morgen")).isNull();
    }
}
