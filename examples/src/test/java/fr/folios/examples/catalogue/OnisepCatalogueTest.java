package fr.folios.examples.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.folios.core.InvalidInputException;
import fr.folios.core.catalogue.CatalogueResource;
import fr.folios.core.catalogue.Facet;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnisepCatalogueTest {

  private static final String TRAININGS = "ideo-formations_initiales_en_france.csv";
  private static final String CAREERS = "ideo-metiers_onisep.csv";
  private static final String SPECIALITIES =
      "ideo-enseignements_de_specialite_de_premiere_generale.csv";
  private static final String OPTIONS =
      "ideo-enseignements_optionnels_de_seconde_generale_et_technologique.csv";

  @Nested
  class OnTheRealFiles {

    @Test
    void read_givesOneResourcePerTraining() {
      assertThat(RealData.onisep().summary().count(TRAININGS))
          .isEqualTo(new FileCount(6_086, 6_086, List.of()));
    }

    @Test
    void read_mergesTheRowsOfOneCareerIntoOneResource() {
      assertThat(RealData.onisep().summary().count(CAREERS))
          .isEqualTo(new FileCount(1_099, 792, List.of()));
    }

    @Test
    void read_rejectsOnlyTheLyceeRowsThatListNoTeaching() {
      FileCount specialities = RealData.onisep().summary().count(SPECIALITIES);
      FileCount options = RealData.onisep().summary().count(OPTIONS);

      assertThat(specialities.records()).isEqualTo(2_452);
      assertThat(specialities.resources()).isEqualTo(2_445);
      assertThat(options.records()).isEqualTo(2_682);
      assertThat(options.resources()).isEqualTo(2_675);
      assertThat(specialities.rejected()).hasSize(7)
          .allSatisfy(r -> assertThat(r.reason()).endsWith("lists no teaching"));
      assertThat(options.rejected()).hasSize(7)
          .allSatisfy(r -> assertThat(r.reason()).endsWith("lists no teaching"));
    }

    @Test
    void read_summarisesTheFourFilesInReadingOrder() {
      assertThat(RealData.onisep().summary().files().keySet())
          .containsExactlyElementsOf(OnisepCatalogue.FILES)
          .containsExactly(TRAININGS, CAREERS, SPECIALITIES, OPTIONS);
      assertThat(RealData.onisep().resources()).hasSize(6_086 + 792 + 2_445 + 2_675);
    }

    @Test
    void read_usesOnlyFixedFacetIds() {
      List<String> unknown = RealData.onisep().resources().stream()
          .flatMap(resource -> FixedFacetIds.unknownValues(resource).stream())
          .collect(Collectors.toList());

      assertThat(unknown).isEmpty();
    }

    @Test
    void read_givesDistinctIdsOfOnisepShape() {
      List<String> ids = RealData.onisep().resources().stream()
          .map(resource -> resource.id().value()).collect(Collectors.toList());

      assertThat(ids).doesNotHaveDuplicates()
          .allMatch(id -> id.matches("onisep:(FOR|MET|AF)\\.\\d+"));
    }

    @Test
    void read_marksEveryResourceAsAvenirInformationWithTheOdblAttribution() {
      assertThat(RealData.onisep().resources()).allSatisfy(resource -> {
        assertThat(resource.values(Facet.PATHWAY)).containsExactly("avenir");
        assertThat(resource.values(Facet.DOCUMENT_TYPE)).containsExactly("document-information");
        assertThat(resource.source()).contains("Onisep").endsWith("sous licence ODbL");
        assertThat(resource.url()).startsWith("http");
      });
    }

    @Test
    void read_zonesLyceeRowsToTheirAcademy() {
      assertThat(find("onisep:AF.23666").values(Facet.ZONE)).containsExactly("normandie");
      assertThat(find("onisep:AF.23672").values(Facet.ZONE)).containsExactly("creteil");
      assertThat(find("onisep:AF.76562").values(Facet.ZONE)).containsExactly("dijon");
    }

    @Test
    void read_leavesTheOverseasCollectivitiesWithoutZone() {
      List<CatalogueResource> unzoned = RealData.onisep().resources().stream()
          .filter(resource -> resource.values(Facet.ZONE).isEmpty())
          .collect(Collectors.toList());

      assertThat(unzoned).hasSize(19 + 27)
          .allSatisfy(resource -> assertThat(resource.body()).contains("Collectivités"));
    }

    @Test
    void read_describesACareerFromAllItsPublications() {
      CatalogueResource career = find("onisep:MET.782");

      assertThat(career.title())
          .isEqualTo("accompagnant éducatif et social / accompagnante éducative et sociale");
      assertThat(career.summary()).contains("K1301", "travail social");
      assertThat(career.body()).contains("Les métiers au service des autres",
          "Les métiers du social", "Les métiers des associations");
      assertThat(career.published()).isEqualTo(LocalDate.of(2019, 1, 1));
      assertThat(career.values(Facet.THEME)).containsExactly("monde-economique-professionnel");
      assertThat(career.url())
          .isEqualTo("http://www.onisep.fr/http/redirection/metier/slug/MET.782");
    }

    @Test
    void read_givesTrainingsTheLevelsTheirTypeNames() {
      List<CatalogueResource> trainings = RealData.onisep().resources().stream()
          .filter(resource -> resource.id().value().startsWith("onisep:FOR."))
          .collect(Collectors.toList());

      assertThat(count(trainings, "cap-1")).isEqualTo(182 + 10);
      assertThat(count(trainings, "bts-1")).isEqualTo(105 + 20);
      assertThat(count(trainings, "cpge-2")).isEqualTo(49 + 35 + 11);
      assertThat(count(trainings, "lycee")).isEqualTo(115 + 17 + 5 + 1);
      assertThat(count(trainings, "2nde")).isEqualTo(19 + 2 + 1);
      assertThat(count(trainings, "1re")).isEqualTo(8 + 1);
      assertThat(count(trainings, "college")).isEqualTo(1);
    }

    @Test
    void read_datesLyceeRowsByTheirLastChange() {
      CatalogueResource lycee = find("onisep:AF.23666");

      assertThat(lycee.published()).isEqualTo(LocalDate.of(2021, 2, 15));
      assertThat(lycee.values(Facet.LEVEL)).containsExactly("1re");
      assertThat(lycee.values(Facet.ESTABLISHMENT_TYPE)).containsExactly("legt");
      assertThat(lycee.summary()).contains("mathématiques", "Normandie");
    }

    private CatalogueResource find(String id) {
      return RealData.find(RealData.onisep(), id).orElseThrow();
    }

    private long count(List<CatalogueResource> resources, String level) {
      return resources.stream().filter(r -> r.values(Facet.LEVEL).contains(level)).count();
    }
  }

  @Nested
  class OnSmallFiles {

    private final CatalogueImport small = OnisepCatalogue.read(Fixtures.resource("onisep-small"));

    @Test
    void read_keepsSeparatorsQuotesAndLineBreaksOfQuotedFields() {
      assertThat(find("onisep:FOR.1").title()).isEqualTo("CAP boulanger; option pain");
      assertThat(find("onisep:FOR.2").title()).isEqualTo("BTS \"commerce\"\ninternational");
    }

    @Test
    void read_countsARowWithoutIdOrWithARepeatedIdAsRejected() {
      FileCount trainings = small.summary().count(TRAININGS);

      assertThat(trainings.records()).isEqualTo(5);
      assertThat(trainings.resources()).isEqualTo(3);
      assertThat(trainings.rejected()).containsExactly(
          new Rejection("line 6", "its link 'http://www.onisep.fr/formation/sans-identifiant' "
              + "holds no FOR.<number> id"),
          new Rejection("line 7", "its id 'onisep:FOR.1' was already given by line 2"));
    }

    @Test
    void read_mapsTrainingTypesToLevels() {
      assertThat(find("onisep:FOR.1").values(Facet.LEVEL)).containsExactlyInAnyOrder("cap-1",
          "cap-2");
      assertThat(find("onisep:FOR.2").values(Facet.LEVEL)).containsExactlyInAnyOrder("bts-1",
          "bts-2");
      assertThat(find("onisep:FOR.3").values(Facet.LEVEL)).containsExactly("2nde");
      assertThat(find("onisep:FOR.1").values(Facet.ZONE)).containsExactly("national");
    }

    @Test
    void read_summarisesATrainingByTypeDurationLevelAndDomains() {
      assertThat(find("onisep:FOR.1").summary()).isEqualTo("Certificat d'aptitude "
          + "professionnelle en 2 ans, niveau 3 (niveau CAP). Domaines : alimentation "
          + "(boulangerie) ; hôtellerie - restauration - tourisme (restauration).");
      assertThat(find("onisep:FOR.1").published()).isNull();
    }

    @Test
    void read_mergesCareerRowsAndDatesThemByTheLatestPublication() {
      CatalogueResource baker = find("onisep:MET.10");

      assertThat(small.summary().count(CAREERS)).isEqualTo(new FileCount(3, 2, List.of()));
      assertThat(baker.body()).contains("Les métiers de l'alimentation (Parcours, 2019)",
          "Les métiers de l'artisanat (Zoom sur les métiers, 2021)");
      assertThat(baker.published()).isEqualTo(LocalDate.of(2021, 1, 1));
      assertThat(find("onisep:MET.20").published()).isNull();
    }

    @Test
    void read_rejectsLyceeRowsWithoutTeachingOrWithAnUnknownAcademy() {
      assertThat(small.summary().count(SPECIALITIES).rejected()).containsExactly(
          new Rejection("line 4", "AF.102 at Lycée sans spécialité lists no teaching"),
          new Rejection("line 5", "AF.103 names académie 'Atlantide', which is not one of "
              + "the thirty"));
    }

    @Test
    void read_zonesByAcademyAndLeavesOverseasCollectivitiesUnzoned() {
      assertThat(find("onisep:AF.100").values(Facet.ZONE)).containsExactly("nancy-metz");
      assertThat(find("onisep:AF.101").values(Facet.ZONE)).isEmpty();
      assertThat(find("onisep:AF.200").values(Facet.ZONE)).containsExactly("orleans-tours");
    }

    @Test
    void read_datesAnOptionRowByItsCreationWhenItWasNeverModified() {
      CatalogueResource options = find("onisep:AF.200");

      assertThat(options.published()).isEqualTo(LocalDate.of(2020, 6, 6));
      assertThat(options.values(Facet.LEVEL)).containsExactly("2nde");
      assertThat(options.values(Facet.THEME)).containsExactly("construire-orientation",
          "enseignement-exploration");
      assertThat(options.title()).isEqualTo("Enseignements optionnels de 2nde GT — Lycée "
          + "Pothier (Orléans)");
    }

    private CatalogueResource find(String id) {
      return RealData.find(small, id).orElseThrow();
    }
  }

  @Nested
  class OnBrokenFiles {

    @TempDir
    Path folder;

    @Test
    void read_refusesAMissingFileByName() {
      assertThatThrownBy(() -> OnisepCatalogue.read(folder))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(TRAININGS)
          .hasMessageContaining("does not exist");
    }

    @Test
    void read_refusesAHeaderWithoutARequiredColumn() {
      broken("trainings-missing-column.csv", TRAININGS,
          "file '" + TRAININGS + "', line 1: the header lacks column 'libellé formation "
              + "principal'");
    }

    @Test
    void read_refusesARowWithTooFewFieldsNamingTheLineItStartsOn() {
      broken("trainings-short-row.csv", TRAININGS, "file '" + TRAININGS + "', line 5: the row "
          + "has 11 fields where the header names 12 columns");
    }

    @Test
    void read_refusesAFileThatIsNotUtf8() {
      broken("trainings-latin1.csv", TRAININGS, "file '" + TRAININGS + "' is not valid UTF-8");
    }

    @Test
    void read_refusesAnEmptyFile() {
      broken("empty.csv", CAREERS, "file '" + CAREERS + "', line 1: the file is empty");
    }

    @Test
    void read_refusesAnUnclosedQuoteNamingTheLineWhereItsRecordStarts() {
      broken("careers-unclosed-quote.csv", CAREERS, "file '" + CAREERS + "', the record "
          + "starting on line 2: it is not well-formed CSV");
    }

    @Test
    void read_refusesAYearThatIsNotFourDigits() {
      broken("careers-bad-year.csv", CAREERS, "file '" + CAREERS + "', line 2: year 'deux "
          + "mille' is not a four-digit year");
    }

    @Test
    void read_refusesADateThatDoesNotExist() {
      broken("specialities-bad-date.csv", SPECIALITIES, "file '" + SPECIALITIES + "', line 2: "
          + "date '31/02/2021' does not exist");
    }

    private void broken(String variant, String asFile, String message) {
      Path copy = Fixtures.withBroken("onisep-small", folder, "onisep-broken/" + variant, asFile);

      assertThatThrownBy(() -> OnisepCatalogue.read(copy))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith(message)
          .hasMessageContaining("NOTICE.md");
    }
  }
}
