package fr.folios.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CatalogueQueryTest {

  @Test
  void text_sortsByRelevance() {
    assertThat(CatalogueQuery.text("x").sort()).isEqualTo(CatalogueSort.RELEVANCE);
    assertThat(new CatalogueQuery("x", Map.of(), Set.of(), 0, 10).sort())
        .isEqualTo(CatalogueSort.RELEVANCE);
  }

  @Test
  void sortBy_keepsEverythingElse() {
    CatalogueQuery query = CatalogueQuery.text("volcan").filter(Facet.LEVEL, "3e").page(20, 5);

    CatalogueQuery newest = query.sortBy(CatalogueSort.NEWEST);

    assertThat(newest).isEqualTo(new CatalogueQuery(query.text(), query.filters(),
        query.countFacets(), 20, 5, CatalogueSort.NEWEST));
  }

  @Test
  void pageAndFilter_keepTheSort() {
    CatalogueQuery newest = CatalogueQuery.text("volcan").sortBy(CatalogueSort.NEWEST);

    assertThat(newest.page(10, 10).filter(Facet.LEVEL, "3e").sort())
        .isEqualTo(CatalogueSort.NEWEST);
  }

  @Test
  void page_beyondTheDeepestPageIsRefusedWithTheLimit() {
    assertThatThrownBy(() -> CatalogueQuery.text("x").page(CatalogueQuery.MAX_OFFSET + 1, 10))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("offset 10001").hasMessageContaining("limit is 10000");
  }

  @Property
  void page_acceptsEveryOffsetAndLimitInRange(
      @ForAll @IntRange(min = 0, max = CatalogueQuery.MAX_OFFSET) int offset,
      @ForAll @IntRange(min = 1, max = CatalogueQuery.MAX_LIMIT) int limit) {
    CatalogueQuery page = CatalogueQuery.text("x").page(offset, limit);

    assertThat(page.offset()).isEqualTo(offset);
    assertThat(page.limit()).isEqualTo(limit);
  }

  @Property
  void page_refusesEveryOffsetOrLimitOutOfRange(
      @ForAll int offset, @ForAll @IntRange(min = -5, max = 200) int limit) {
    boolean inRange = offset >= 0 && offset <= CatalogueQuery.MAX_OFFSET && limit >= 1
        && limit <= CatalogueQuery.MAX_LIMIT;

    if (inRange) {
      assertThat(CatalogueQuery.text("x").page(offset, limit).offset()).isEqualTo(offset);
    } else {
      assertThatThrownBy(() -> CatalogueQuery.text("x").page(offset, limit))
          .isInstanceOf(InvalidInputException.class);
    }
  }
}
