package ovc.run.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import ovc.run.RunRef;
import ovc.run.Written;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordableTypesTest {

    enum Side { BUY { @Override public String toString() { return "buy!"; } } }

    record Named(String ref) implements RunRef {}

    /** An enum that names itself: RunRef comes before Enum in the list. */
    enum Table implements RunRef { BLOCKS; public String ref() { return "ovc.blocks"; } }

    @TempDir
    Path folder;

    /** One value per entry, with the text it is recorded as (null: the entry names no text of its own). */
    private Map<Object, String> samples() throws Exception {
        Map<Object, String> samples = new LinkedHashMap<>();
        samples.put(Written.of("t", 1), null);
        samples.put(new Named("candles"), null);
        samples.put("EUR_USD", "EUR_USD");
        samples.put(new StringBuilder("built"), "built");
        samples.put(Path.of("data/in.csv"), "data/in.csv");
        samples.put(Files.newDirectoryStream(folder), null);
        samples.put(new File("rel/f.txt"), "rel/f.txt");
        samples.put(URI.create("https://example.org/a"), "https://example.org/a");
        samples.put(new URL("https://example.org/b"), "https://example.org/b");
        samples.put(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"), "123e4567-e89b-12d3-a456-426614174000");
        samples.put(true, "true");
        samples.put('x', "x");
        samples.put(42, "42");
        samples.put(43L, "43");
        samples.put((short) 44, "44");
        samples.put((byte) 45, "45");
        samples.put(0.5d, "0.5");
        samples.put(1.5f, "1.5");
        samples.put(new BigDecimal("1E+3"), "1000");
        samples.put(new AtomicLong(7), "7");
        samples.put(Side.BUY, "BUY");
        samples.put(LocalDate.of(2026, 1, 18), "2026-01-18");
        samples.put(LocalDateTime.of(2026, 1, 18, 6, 15), "2026-01-18T06:15");
        samples.put(LocalTime.of(6, 15, 12), "06:15:12");
        samples.put(Instant.parse("2026-01-18T06:15:00Z"), "2026-01-18T06:15:00Z");
        samples.put(OffsetDateTime.of(2026, 1, 18, 6, 15, 0, 0, ZoneOffset.ofHours(2)), "2026-01-18T06:15+02:00");
        samples.put(OffsetTime.of(6, 15, 0, 0, ZoneOffset.UTC), "06:15Z");
        samples.put(ZonedDateTime.of(2026, 1, 18, 6, 15, 0, 0, ZoneId.of("Europe/Paris")),
                "2026-01-18T06:15+01:00[Europe/Paris]");
        samples.put(Year.of(2026), "2026");
        samples.put(YearMonth.of(2026, 1), "2026-01");
        samples.put(MonthDay.of(1, 18), "--01-18");
        samples.put(Duration.ofMinutes(90), "PT1H30M");
        samples.put(Period.ofDays(7), "P7D");
        samples.put(ZoneId.of("Europe/Paris"), "Europe/Paris");
        samples.put(Optional.of("x"), null);
        samples.put(new ArrayList<>(List.of("x")), null);
        return samples;
    }

    @Test
    void everyEntryHasASampleThatItDecidesAndThatRendersAsDocumented() throws Exception {
        Map<Object, String> samples = samples();
        List<String> decided = new ArrayList<>();
        for (Map.Entry<Object, String> sample : samples.entrySet()) {
            RecordableType type = RecordableTypes.of(sample.getKey().getClass());
            assertThat(type).as("the entry of %s", sample.getKey().getClass()).isNotNull();
            decided.add(type.name());
            if (sample.getValue() != null) {
                assertThat(type.rendering().text(sample.getKey())).as(type.name()).isEqualTo(sample.getValue());
            }
        }
        List<String> names = new ArrayList<>();
        RecordableTypes.all().forEach(type -> names.add(type.name()));
        // Each entry decides for its own sample, so none is shadowed by an earlier one.
        assertThat(decided).containsAll(names);
    }

    @Test
    void aValueThatMatchesSeveralEntriesGetsTheEarliest() {
        assertThat(RecordableTypes.of(Table.class).rendering()).isEqualTo(Rendering.RUN_REF);
        assertThat(RecordableTypes.of(Path.of("a/b").getClass()).rendering()).isEqualTo(Rendering.TEXT);
        assertThat(RecordableTypes.of(BigInteger.class).name()).isEqualTo("java.lang.Number");
        assertThat(RecordableTypes.of(Side.BUY.getClass()).name()).isEqualTo("java.lang.Enum");
        assertThat(RecordableTypes.of(Object.class)).isNull();
        assertThat(RecordableTypes.of(java.util.Date.class)).isNull();
    }

    @Test
    void outputsRecordNoNumberWithoutARefAndInputsNoWritten() {
        assertThat(Rendering.WHOLE_NUMBER.recordable(false)).isTrue();
        assertThat(Rendering.WHOLE_NUMBER.recordable(true)).isFalse();
        assertThat(Rendering.WRITTEN.recordable(false)).isFalse();
        assertThat(Rendering.WRITTEN.recordable(true)).isTrue();
        assertThat(Rendering.ITERABLE.recordable(false)).isFalse();
        assertThat(Rendering.NONE.recordable(false)).isFalse();
    }

    @Test
    void summaryNamesEveryRecordableLabelOnceWithOurTypesLast() {
        assertThat(RecordableTypes.summary(false)).isEqualTo("String, CharSequence, Path, File, URI, URL, UUID,"
                + " boolean, char, number, enum, LocalDate, LocalDateTime, LocalTime, Instant, OffsetDateTime,"
                + " OffsetTime, ZonedDateTime, Year, YearMonth, MonthDay, Duration, Period, ZoneId, RunRef,"
                + " or an Optional, array or Iterable of them");
        assertThat(RecordableTypes.summary(true)).startsWith("String, CharSequence").doesNotContain("number")
                .contains("ZoneId, Written, RunRef, or an Optional");
    }

    @Test
    void instantsAreWrittenExactlyAsInstantToStringWritesThem() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("0000-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.ofEpochSecond(253_402_300_800L),
                Instant.ofEpochSecond(-62_167_219_201L, 5), Instant.MIN, Instant.MAX,
                Instant.parse("2026-01-18T06:15:12.300Z"), Instant.parse("2026-01-18T06:15:12.000300Z"),
                Instant.parse("2026-01-18T06:15:12.000000300Z"), Instant.parse("2024-02-29T23:59:59Z")));
        Random random = new Random(17);
        for (int i = 0; i < 20_000; i++) {
            long second = Math.floorMod(random.nextLong(), 253_402_300_800L + 62_167_219_200L) - 62_167_219_200L;
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(second, nano));
        }
        for (Instant instant : instants) {
            assertThat(IsoInstant.text(instant)).as("%s", instant).isEqualTo(instant.toString());
        }
    }
}
