package fr.folios.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RawRecordTest {

  @Property
  void composites_splitAtEveryDollarAndKeepEmptyParts(
      @ForAll @Size(min = 1, max = 6) List<@StringLength(max = 5) String> parts) {
    List<String> withoutDollars = parts.stream().map(p -> p.replace("$", "")).toList();
    RawRecord record = new RawRecord("addRequest", "1",
        Map.of("ENTElevePersRelEleve", List.of(String.join("$", withoutDollars))));

    assertThat(record.composites("ENTElevePersRelEleve")).containsExactly(withoutDollars);
  }

  @Test
  void first_isNullAndFirstOrTheDefaultWhenTheAttributeHasNoValue() {
    RawRecord record = new RawRecord("addRequest", "1", Map.of("mail", List.of()));

    assertThat(record.first("mail")).isNull();
    assertThat(record.firstOr("sn", "none")).isEqualTo("none");
  }
}
