package jp.tsunagu.registrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flags read and written without the object mapper, in the format the mapper wrote into older stores. */
class FlagsJsonTest {
    private static final List<Flag> FLAGS = List.of(
            Flag.of("registrant.warn.readingGuessed", "やまだ たろう"),
            Flag.of("registrant.warn.duplicate", "a\"b@example.jp"),
            Flag.of("registrant.warn.noTheme"));

    @Test
    void readsWhatTheObjectMapperWrote() throws Exception {
        String older = new ObjectMapper().writeValueAsString(FLAGS);
        assertThat(FlagsJson.read(older)).isEqualTo(FLAGS);
        assertThat(FlagsJson.write(FLAGS)).isEqualTo(older);
    }

    @Test
    void somethingElseIsNoListOfFlags() {
        assertThatThrownBy(() -> FlagsJson.read("{\"key\":\"x\"}")).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> FlagsJson.read("[{\"args\":[]}]")).isInstanceOf(IOException.class);
        // A hand-written note is kept as one plain note, as before.
        assertThat(RegistrantStore.flags("電話で確認済み")).containsExactly(Flag.of("registrant.warn.note", "電話で確認済み"));
    }

    @Test
    void aColumnMappingReadsAndWritesAsTheObjectMapperDid() throws Exception {
        List<ColumnMapping.Column> columns = ColumnMapping.recognise(List.of("お名前", "メールアドレス", "出欠", "\"ご意見\""))
                .columns();
        String older = new ObjectMapper().writeValueAsString(columns);
        assertThat(FlagsJson.writeColumns(columns)).isEqualTo(older);
        assertThat(FlagsJson.readColumns(older)).isEqualTo(columns);
        assertThatThrownBy(() -> FlagsJson.readColumns("[{\"index\":0,\"header\":\"x\",\"field\":\"NO_SUCH\"}]"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
