package jp.tsunagu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The streaming {@code --json} writer writes exactly what Jackson's object mapper wrote before. */
class JsonTextTest {

    @Test
    void writesTheSameBytesAsTheObjectMapper() throws Exception {
        Map<String, Object> seat = new LinkedHashMap<>();
        seat.put("id", 12L);
        seat.put("name", "山田 太郎 \"𠮷\"\n\t\\");
        seat.put("table", 3);
        seat.put("choice", null);
        seat.put("locked", false);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("score", 859);
        json.put("rate", new BigDecimal("0.8500"));
        json.put("ratio", 0.1);
        json.put("small", 1.0e-7);
        json.put("seats", List.of(seat, Map.of()));
        json.put("names", Arrays.asList("a", null, "ü"));
        json.put("optimal", true);
        assertThat(JsonText.plain(json)).isTrue();
        assertThat(JsonText.write(json)).isEqualTo(new ObjectMapper().writeValueAsString(json));
    }

    @Test
    void leavesAnythingElseToTheObjectMapper() {
        record Point(int x) {}
        assertThat(JsonText.plain(Map.of("p", new Point(1)))).isFalse();
        assertThat(JsonText.plain(Map.of(1, "a"))).isFalse();
        assertThat(JsonText.plain(List.of(java.time.LocalDate.of(2026, 12, 5)))).isFalse();
    }
}
