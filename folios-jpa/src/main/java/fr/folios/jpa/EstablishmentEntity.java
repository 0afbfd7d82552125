package fr.folios.jpa;

import fr.folios.core.directory.Academy;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.EstablishmentType;
import fr.folios.core.directory.Uai;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Stores an {@link Establishment}. */
@Entity(name = "Establishment")
@Table(name = "establishment")
class EstablishmentEntity implements Row<Establishment> {

  @Id
  @Column(name = "id", length = 64)
  private String id = "";

  @Column(name = "uai", length = 8, nullable = false)
  private String uai = "";

  @Column(name = "name", length = 500, nullable = false)
  private String name = "";

  @Column(name = "type", length = 32, nullable = false)
  private String type = "";

  @Column(name = "academy_code", length = 64)
  private @Nullable String academyCode;

  @Column(name = "academy_name", length = 100)
  private @Nullable String academyName;

  @Column(name = "join_key", length = 255)
  private @Nullable String joinKey;

  EstablishmentEntity() {
  }

  @Override
  public void assign(Establishment establishment) {
    id = establishment.id().value();
    uai = establishment.uai().value();
    name = establishment.name();
    type = establishment.type().name();
    Academy academy = establishment.academy();
    academyCode = academy == null ? null : academy.code();
    academyName = academy == null ? null : academy.name();
    joinKey = establishment.joinKey();
  }

  @Override
  public Establishment toRecord() {
    Academy academy = academyCode == null || academyName == null
        ? null : new Academy(academyCode, academyName);
    return new Establishment(new EstablishmentId(id), new Uai(uai), name,
        EstablishmentType.valueOf(type), academy, joinKey);
  }
}
