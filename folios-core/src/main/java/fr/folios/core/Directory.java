package fr.folios.core;

import fr.folios.core.directory.Actor;
import fr.folios.core.directory.ClassId;
import fr.folios.core.directory.Establishment;
import fr.folios.core.directory.EstablishmentId;
import fr.folios.core.directory.FirstConnection;
import fr.folios.core.directory.Group;
import fr.folios.core.directory.GroupId;
import fr.folios.core.directory.GroupInvitation;
import fr.folios.core.directory.GroupProposal;
import fr.folios.core.directory.GroupRequest;
import fr.folios.core.directory.GroupRequestId;
import fr.folios.core.directory.Person;
import fr.folios.core.directory.PersonId;
import fr.folios.core.directory.Profile;
import fr.folios.core.directory.Rights;
import fr.folios.core.directory.SchoolClass;
import fr.folios.core.directory.SchoolYear;
import fr.folios.core.directory.SchoolYearStart;
import fr.folios.core.directory.StructureDeletion;
import fr.folios.core.directory.aaf.AafImport;
import fr.folios.core.directory.aaf.AafImportReport;
import fr.folios.core.internal.Access;
import fr.folios.core.internal.Dissolution;
import fr.folios.core.internal.Emails;
import fr.folios.core.spi.Persistence;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Establishments, people, classes and groups: who acts and where; the rentrée, external
 * partners' invitations and working-group requests.
 *
 * <p>Methods that take an {@link Actor} check their rights as {@link Rights} rules them; the
 * others are operations of the host platform, which acts for the system.
 *
 * <p><b>The rentrée.</b> Each establishment has a current school year, set by
 * {@link #startSchoolYear}; it has none until the first rentrée. The classes and groups of
 * earlier years are then archived: kept, listed by {@link #archivedClasses} and
 * {@link #archivedGroups}, readable by those who were their members (their spaces and the
 * documents shared into them, their news), but read-only (no folder, document, upload, copy,
 * deletion or share in or into their spaces, no news, no invitation into them) and they no
 * longer make their members see each other. {@link #importAaf} refuses an archived year.
 * Personal spaces belong to the person, not to a year or an establishment: they carry over.
 *
 * <p><b>Deleting a class or a group.</b> Unlike archiving, {@link #deleteClass} and {@link
 * #deleteGroup} remove a class or a group for good, with everything that came through it; a
 * class or group created later with the same code, in the same year, is another one, with a new
 * identifier and a new space, and inherits nothing of it.
 *
 * <p>Safe for concurrent use.
 */
public final class Directory {

  private static final int MAX_NAME = 255;

  private final Persistence store;
  private final Access access;
  private final Clock clock;

  Directory(Persistence store, Access access, Clock clock) {
    this.store = store;
    this.access = access;
    this.clock = clock;
  }

  /**
   * Returns the actor's own record.
   *
   * @param actor who acts
   * @return their person
   * @throws AccessDeniedException if Folios does not know them
   */
  public Person me(Actor actor) {
    return access.person(actor);
  }

  /**
   * Finds a person by their directory join key; an operation of the host platform, which maps
   * its accounts to Folios people.
   *
   * @param joinKey the {@code ENTPersonJointure}
   * @return them, or empty
   */
  public Optional<Person> findByJoinKey(String joinKey) {
    return store.directory().findPersonByJoinKey(joinKey);
  }

  /**
   * Finds a person; an operation of the host platform.
   *
   * @param id their identifier
   * @return them, or empty
   */
  public Optional<Person> find(PersonId id) {
    return store.directory().findPerson(id);
  }

  /**
   * Finds a class; an operation of the host platform.
   *
   * @param id its identifier
   * @return it, or empty
   */
  public Optional<SchoolClass> findClass(ClassId id) {
    return store.directory().findClass(id);
  }

  /**
   * Returns the classes of an establishment for a school year; an operation of the host
   * platform.
   *
   * @param establishment the establishment
   * @param year the school year
   * @return its classes, by code
   */
  public List<SchoolClass> classes(EstablishmentId establishment, SchoolYear year) {
    return store.directory().classes(establishment, year);
  }

  /**
   * Registers a person the directory feed does not describe: an establishment admin or an
   * external partner (pupils, staff and parents come from the AAF feed, keyed by their join
   * key, and are not registered by hand); an operation of the host platform, which
   * authenticates them. An admin acts for the establishments given; a partner needs none, and
   * is then seen only in the groups an admin invites them into.
   *
   * @param profile {@code ESTABLISHMENT_ADMIN} or {@code EXTERNAL_PARTNER}
   * @param firstName their first name, 1 to 255 characters once stripped
   * @param lastName their last name, 1 to 255 characters once stripped
   * @param email their address, or null
   * @param establishments the establishments they belong to
   * @return the person, with a new identifier
   * @throws InvalidInputException if the profile is another, a name is blank, too long or
   *     holds control characters, or the address is malformed
   * @throws NotFoundException if an establishment does not exist
   */
  public Person registerPerson(Profile profile, String firstName, String lastName,
      @Nullable String email, Set<EstablishmentId> establishments) {
    if (profile != Profile.ESTABLISHMENT_ADMIN && profile != Profile.EXTERNAL_PARTNER) {
      throw new InvalidInputException("profile '" + profile.frenchLabel() + "' comes from the"
          + " directory feed: import it with importAaf; register only establishment admins and"
          + " external partners by hand");
    }
    Emails.check(email);
    Person person = new Person(PersonId.random(), null, profile, personName(firstName, "first"),
        personName(lastName, "last"), email, establishments, false, Set.of(), null);
    return store.transactions().inTransaction(() -> {
      for (EstablishmentId id : establishments) {
        store.directory().findEstablishment(id).orElseThrow(() -> new NotFoundException(
            "establishment " + id + " does not exist: list establishments() to find it"));
      }
      store.directory().savePerson(person);
      return person;
    });
  }

  private static String personName(String name, String which) {
    String stripped = name.strip();
    if (stripped.isEmpty() || stripped.length() > MAX_NAME
        || stripped.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidInputException(which + " name '" + stripped.substring(0,
          Math.min(stripped.length(), MAX_NAME)) + "' is blank, longer than " + MAX_NAME
          + " characters or holds control characters: give the name as it is written");
    }
    return stripped;
  }

  /**
   * Returns the groups of an establishment for a school year; an operation of the host
   * platform.
   *
   * @param establishment the establishment
   * @param year the school year
   * @return its groups, by code
   */
  public List<Group> groups(EstablishmentId establishment, SchoolYear year) {
    return store.directory().groups(establishment).stream()
        .filter(group -> group.year().equals(year))
        .sorted(java.util.Comparator.comparing(Group::code))
        .toList();
  }

  /**
   * Finds an establishment; an operation of the host platform.
   *
   * @param id its identifier
   * @return it, or empty
   */
  public Optional<Establishment> findEstablishment(EstablishmentId id) {
    return store.directory().findEstablishment(id);
  }

  /** {@return every establishment, by UAI} */
  public List<Establishment> establishments() {
    return store.directory().establishments();
  }

  /**
   * Returns the classes the actor belongs to, as pupil or teacher.
   *
   * @param actor who acts
   * @return their classes, by year then code
   * @throws AccessDeniedException if Folios does not know them
   */
  public List<SchoolClass> classes(Actor actor) {
    return store.directory().classesOf(access.person(actor).id());
  }

  /**
   * Tells whether the actor sees, and may address, a person, as {@link Rights} rules it:
   * e.g. a parent sees their children and their children's teachers but no other pupil.
   * Everyone sees themselves.
   *
   * @param actor who acts
   * @param other whom they look at
   * @return {@code true} if the actor sees them; {@code false} if Folios does not know them
   * @throws AccessDeniedException if Folios does not know the actor
   */
  public boolean canSee(Actor actor, PersonId other) {
    Person viewer = access.person(actor);
    return store.directory().findPerson(other).map(p -> access.canSee(viewer, p))
        .orElse(false);
  }

  /**
   * Returns the people the actor sees and may address, as {@link Rights} rules it, the actor
   * excepted.
   *
   * @param actor who acts
   * @return whom they see, by last name, first name, then identifier
   * @throws AccessDeniedException if Folios does not know the actor
   */
  public List<Person> visiblePeople(Actor actor) {
    return access.visiblePeople(access.person(actor));
  }

  /**
   * Counts the people with a profile.
   *
   * @param profile the profile
   * @return how many Folios knows
   */
  public long count(Profile profile) {
    return store.directory().countPeople(profile);
  }

  /**
   * Imports an AAF export (the académie directory feed): an operation of the host platform.
   *
   * @param files the export's XML files, in any order; their names tell their category
   * @param year the school year its classes and groups belong to
   * @param progress told of each file, after every 2,000 records of a file and at its end
   * @return every record accounted for: added, updated, unchanged, refused, and the anomalies
   * @throws InvalidInputException if a file's category cannot be told from its name, or a file
   *     is missing or unreadable: then nothing was imported
   * @throws fr.folios.core.directory.aaf.AafImportException (an {@link InvalidInputException})
   *     if a file turns out not to be well-formed or safe XML, or fails to read: the records
   *     before the fault are applied, and the exception carries their report
   * @throws IOException never in practice: read failures become an {@code AafImportException}
   * @throws ConflictException if the year is archived in an establishment, whose current year
   *     is later: then nothing was imported
   * @see AafImport
   */
  public AafImportReport importAaf(List<Path> files, SchoolYear year, ProgressListener progress)
      throws IOException {
    refuseArchivedYear(year);
    return new AafImport(store).importFiles(files, year, progress);
  }

  /**
   * Imports an AAF export as a full export or a delta: an operation of the host platform. A
   * full export marks leaving the people of its categories it no longer lists.
   *
   * @param files the export's XML files, in any order; their names tell their category
   * @param year the school year its classes and groups belong to
   * @param mode {@link AafImport.Mode#FULL} for a {@code Complet} export, else
   *     {@link AafImport.Mode#DELTA}
   * @param progress told of each file, after every 2,000 records of a file and at its end
   * @return every record accounted for, the people marked leaving, and the anomalies
   * @throws InvalidInputException if a file's category cannot be told from its name, or a file
   *     is missing or unreadable: then nothing was imported
   * @throws fr.folios.core.directory.aaf.AafImportException (an {@link InvalidInputException})
   *     if a file turns out not to be well-formed or safe XML, or fails to read: the records
   *     before the fault are applied, nobody is marked leaving for being absent, and the
   *     exception carries their report
   * @throws IOException never in practice: read failures become an {@code AafImportException}
   * @throws ConflictException if the year is archived in an establishment, whose current year
   *     is later: then nothing was imported
   * @see AafImport
   */
  public AafImportReport importAaf(List<Path> files, SchoolYear year, AafImport.Mode mode,
      ProgressListener progress) throws IOException {
    refuseArchivedYear(year);
    return new AafImport(store).importFiles(files, year, mode, progress);
  }

  /**
   * Removes the directory's leavers whose grace period is over from their establishments,
   * classes and groups: an operation of the host platform, e.g. run nightly.
   *
   * @param grace how long a leaver keeps their place after their leaving day
   * @return how many people were removed
   * @throws IllegalArgumentException if the grace period is negative
   * @see AafImport#purgeLeavers(Duration)
   */
  public int purgeLeavers(Duration grace) {
    return new AafImport(store).purgeLeavers(grace);
  }

  /**
   * Records what a staff member confirms on first use. The main-teacher flag is set on exactly
   * the classes given, among those they teach that are not archived, and removed from the
   * others; archived classes stay as they were. Each working group
   * asked for becomes a pending request, as {@link #requestGroup} makes; see
   * {@link #groupRequests(Actor)}. Either everything is recorded or nothing is.
   *
   * @param actor who acts; a member of the educational staff
   * @param answers their e-mail, guidance-psychologist flag, main-teacher classes and the
   *     working groups they ask for
   * @return their updated record
   * @throws AccessDeniedException if the actor is unknown or not educational staff, or a group
   *     is asked for in an establishment they are not attached to
   * @throws InvalidInputException if a main-teacher class is not one they teach, or is archived
   * @throws ConflictException if a group asked for has the code of a group of the current year
   */
  public Person completeFirstConnection(Actor actor, FirstConnection answers) {
    Person person = access.person(actor);
    if (!Rights.folios().allows(person.profile(), Rights.Action.COMPLETE_FIRST_CONNECTION)) {
      throw new AccessDeniedException(person.displayName() + " has the profile '"
          + person.profile().frenchLabel() + "'; the first-connection checklist is for the"
          + " educational staff");
    }
    List<SchoolClass> taught = store.directory().classesOf(person.id()).stream()
        .filter(c -> c.teachers().contains(person.id()))
        .filter(c -> access.archivedBy(c.establishment(), c.year()).isEmpty()).toList();
    Set<ClassId> taughtIds = new HashSet<>();
    taught.forEach(c -> taughtIds.add(c.id()));
    for (ClassId id : answers.mainTeacherOf()) {
      if (!taughtIds.contains(id)) {
        throw new InvalidInputException("class " + id + " is not among the "
            + taughtIds.size() + " classes " + person.displayName()
            + " teaches: a main teacher is chosen among one's own classes");
      }
    }
    answers.groupRequests().forEach(proposal -> checkMayAskIn(person, proposal));
    Person updated = person.withEmail(answers.email())
        .withGuidancePsychologist(answers.guidancePsychologist());
    store.transactions().run(() -> {
      store.directory().savePerson(updated);
      answers.groupRequests().forEach(proposal -> store.directory().saveGroupRequest(
          GroupRequest.ask(proposal, person.id(), clock.instant())));
      taught.forEach(c -> store.directory().saveClass(withMainTeacher(c, person,
          answers.mainTeacherOf().contains(c.id()))));
    });
    return updated;
  }

  /**
   * Returns the working groups the actor belongs to now: for an external partner, those of their
   * invitations in force; for anyone else, those whose pupils or staff list them. Archived
   * groups are left out.
   *
   * @param actor who acts
   * @return their groups, by year then code
   * @throws AccessDeniedException if Folios does not know them
   */
  public List<Group> groups(Actor actor) {
    return access.groupsOf(access.person(actor));
  }

  // The rentrée ----------------------------------------------------------------------------

  /**
   * Returns an establishment's current school year; an operation of the host platform.
   *
   * @param establishment the establishment
   * @return the year its last rentrée started, or empty if it has had none in Folios
   */
  public Optional<SchoolYear> currentYear(EstablishmentId establishment) {
    return store.directory().currentYear(establishment);
  }

  /**
   * Starts a school year in an establishment (the rentrée): an operation of the host platform,
   * which acts for the system, e.g. every September for every establishment. The classes and
   * groups of earlier years are archived from then on; see the class description.
   *
   * @param establishment the establishment
   * @param year the year to start, after its current year
   * @return what changed
   * @throws NotFoundException if the establishment does not exist
   * @throws ConflictException if the year is not after the establishment's current year
   */
  public SchoolYearStart startSchoolYear(EstablishmentId establishment, SchoolYear year) {
    return start(found(establishment), year);
  }

  /**
   * Starts a school year in an establishment, as its administrator; see
   * {@link #startSchoolYear(EstablishmentId, SchoolYear)}.
   *
   * @param actor who acts; an establishment administrator attached to the establishment
   * @param establishment the establishment
   * @param year the year to start, after its current year
   * @return what changed
   * @throws AccessDeniedException if the actor is unknown, not an establishment administrator,
   *     or not attached to the establishment
   * @throws NotFoundException if the establishment does not exist
   * @throws ConflictException if the year is not after the establishment's current year
   */
  public SchoolYearStart startSchoolYear(Actor actor, EstablishmentId establishment,
      SchoolYear year) {
    Person person = access.person(actor);
    Establishment found = found(establishment);
    checkAdministers(person, found, Rights.Action.START_SCHOOL_YEAR, "start a school year");
    return start(found, year);
  }

  /**
   * Returns an establishment's archived classes, those of years before its current one, for
   * follow-up; an operation of the host platform.
   *
   * @param establishment the establishment
   * @return its archived classes, by year then code; empty if it has no current year
   */
  public List<SchoolClass> archivedClasses(EstablishmentId establishment) {
    return store.directory().currentYear(establishment).map(current -> store.directory()
        .classes(establishment).stream().filter(c -> c.year().compareTo(current) < 0).toList())
        .orElse(List.of());
  }

  /**
   * Returns an establishment's archived groups, those of years before its current one, for
   * follow-up; an operation of the host platform.
   *
   * @param establishment the establishment
   * @return its archived groups, by year then code; empty if it has no current year
   */
  public List<Group> archivedGroups(EstablishmentId establishment) {
    return store.directory().currentYear(establishment).map(current -> store.directory()
        .groups(establishment).stream().filter(g -> g.year().compareTo(current) < 0).toList())
        .orElse(List.of());
  }

  private SchoolYearStart start(Establishment establishment, SchoolYear year) {
    Objects.requireNonNull(year, "year");
    return store.transactions().inTransaction(() -> {
      Optional<SchoolYear> previous = store.directory().currentYear(establishment.id());
      if (previous.isPresent() && year.compareTo(previous.get()) <= 0) {
        throw new ConflictException("school year " + year + " cannot start in "
            + describe(establishment) + ", whose current year is already " + previous.get()
            + ": start a later year, e.g. " + new SchoolYear(previous.get().startYear() + 1));
      }
      store.directory().saveCurrentYear(establishment.id(), year);
      return new SchoolYearStart(establishment.id(), previous.orElse(null), year,
          archivedClasses(establishment.id()).size(), archivedGroups(establishment.id()).size());
    });
  }

  private void refuseArchivedYear(SchoolYear year) {
    for (Map.Entry<EstablishmentId, SchoolYear> current
        : store.directory().currentYears().entrySet()) {
      if (year.compareTo(current.getValue()) < 0) {
        String where = store.directory().findEstablishment(current.getKey())
            .map(Directory::describe).orElse("establishment " + current.getKey());
        throw new ConflictException("school year " + year + " is archived in " + where
            + ", whose current year is " + current.getValue() + "; nothing was imported:"
            + " import into " + current.getValue() + " or later");
      }
    }
  }

  // External partners ----------------------------------------------------------------------

  /**
   * Invites an external partner into a group until an end date, as the administrator of the
   * group's establishment. While the invitation is in force the partner and the group's
   * members see each other and may be shared with; see {@link Rights}. Inviting again replaces
   * the end date.
   *
   * @param actor who acts; an establishment administrator attached to the group's
   *     establishment
   * @param groupId the group
   * @param partner the person invited, of profile {@link Profile#EXTERNAL_PARTNER}
   * @param endsAt when the invitation ends, after now
   * @return the invitation
   * @throws AccessDeniedException if the actor is unknown, not an establishment administrator,
   *     or not attached to the group's establishment
   * @throws NotFoundException if the group or the partner does not exist
   * @throws InvalidInputException if the person is not an external partner or the end is not
   *     after now
   * @throws ConflictException if the group is archived
   */
  public GroupInvitation invitePartner(Actor actor, GroupId groupId, PersonId partner,
      Instant endsAt) {
    Person admin = access.person(actor);
    Group group = administeredGroup(admin, groupId, Rights.Action.INVITE_PARTNER,
        "invite external partners");
    Person invited = invitable(partner);
    Instant now = clock.instant();
    if (!endsAt.isAfter(now)) {
      throw new InvalidInputException("the invitation of " + invited.displayName()
          + " into group '" + group.code() + "' would end at " + endsAt + ", not after now ("
          + now + "): give a later end date");
    }
    refuseArchived(group, "invite a partner into it");
    return store.transactions().inTransaction(() -> {
      GroupInvitation invitation = store.directory().findInvitation(group.id(), invited.id())
          .map(existing -> existing.endingAt(endsAt))
          .orElseGet(() -> new GroupInvitation(group.id(), invited.id(), endsAt, admin.id(),
              now));
      store.directory().saveInvitation(invitation);
      return invitation;
    });
  }

  /**
   * Revokes an external partner's invitation into a group: from now on they no longer see its
   * members, nor may be shared with through it.
   *
   * @param actor who acts; an establishment administrator attached to the group's
   *     establishment
   * @param groupId the group
   * @param partner the partner
   * @throws AccessDeniedException if the actor is unknown, not an establishment administrator,
   *     or not attached to the group's establishment
   * @throws NotFoundException if the group does not exist or the partner is not invited into it
   */
  public void revokeInvitation(Actor actor, GroupId groupId, PersonId partner) {
    Person admin = access.person(actor);
    Group group = administeredGroup(admin, groupId, Rights.Action.INVITE_PARTNER,
        "revoke invitations");
    store.transactions().run(() -> {
      if (store.directory().findInvitation(group.id(), partner).isEmpty()) {
        throw new NotFoundException("person " + partner + " is not invited into group '"
            + group.code() + "' (" + group.year() + "): list the group's invitations");
      }
      store.directory().deleteInvitation(group.id(), partner);
    });
  }

  /**
   * Lists the invitations into a group, ended ones included, as the administrator of its
   * establishment.
   *
   * @param actor who acts; an establishment administrator attached to the group's
   *     establishment
   * @param groupId the group
   * @return the invitations, by partner identifier
   * @throws AccessDeniedException if the actor is unknown, not an establishment administrator,
   *     or not attached to the group's establishment
   * @throws NotFoundException if the group does not exist
   */
  public List<GroupInvitation> invitations(Actor actor, GroupId groupId) {
    Person admin = access.person(actor);
    Group group = administeredGroup(admin, groupId, Rights.Action.INVITE_PARTNER,
        "list invitations");
    return store.directory().invitationsTo(group.id());
  }

  private Person invitable(PersonId partner) {
    Person invited = store.directory().findPerson(partner).orElseThrow(() ->
        new NotFoundException("person " + partner + " does not exist: the host platform"
            + " creates external partners before they are invited"));
    if (invited.profile() != Profile.EXTERNAL_PARTNER) {
      throw new InvalidInputException(invited.displayName() + " has the profile '"
          + invited.profile().frenchLabel() + "'; only a '"
          + Profile.EXTERNAL_PARTNER.frenchLabel() + "' is invited into a group: pupils and"
          + " staff join groups through the directory");
    }
    return invited;
  }

  // Working-group requests -----------------------------------------------------------------

  /**
   * Asks for a new working group, as a member of the educational staff; the establishment's
   * administrator approves or refuses it.
   *
   * @param actor who acts; a member of the educational staff attached to the establishment
   * @param proposal where, the group's code and name, and why
   * @return the pending request
   * @throws AccessDeniedException if the actor is unknown, not educational staff, or not
   *     attached to the establishment
   * @throws ConflictException if the establishment already has a group of that code in its
   *     current year
   */
  public GroupRequest requestGroup(Actor actor, GroupProposal proposal) {
    Person person = access.person(actor);
    checkMayAskIn(person, proposal);
    GroupRequest request = GroupRequest.ask(proposal, person.id(), clock.instant());
    store.directory().saveGroupRequest(request);
    return request;
  }

  /**
   * Lists the working-group requests the actor made, decided or not.
   *
   * @param actor who acts
   * @return their requests, oldest first
   * @throws AccessDeniedException if Folios does not know them
   */
  public List<GroupRequest> groupRequests(Actor actor) {
    return store.directory().groupRequestsBy(access.person(actor).id());
  }

  /**
   * Lists the pending working-group requests of an establishment, as its administrator.
   *
   * @param actor who acts; an establishment administrator attached to the establishment
   * @param establishment the establishment
   * @return its pending requests, oldest first
   * @throws AccessDeniedException if the actor is unknown, not an establishment administrator,
   *     or not attached to the establishment
   * @throws NotFoundException if the establishment does not exist
   */
  public List<GroupRequest> pendingGroupRequests(Actor actor, EstablishmentId establishment) {
    Person admin = access.person(actor);
    checkAdministers(admin, found(establishment), Rights.Action.DECIDE_GROUP_REQUEST,
        "list working-group requests");
    return store.directory().groupRequests(establishment, GroupRequest.Status.PENDING);
  }

  /**
   * Approves a working-group request, as the administrator of its establishment: the group is
   * created for the establishment's current school year (or, if it has had no rentrée in
   * Folios, the school year of today), with the requester as its staff.
   *
   * @param actor who acts; an establishment administrator attached to the establishment
   * @param requestId the request
   * @return the group created
   * @throws AccessDeniedException if the actor is unknown, not an establishment administrator,
   *     or not attached to the request's establishment
   * @throws NotFoundException if the request does not exist
   * @throws ConflictException if the request was already decided, or a group of that code
   *     exists in that year: then the request stays pending
   */
  public Group approveGroupRequest(Actor actor, GroupRequestId requestId) {
    Person admin = access.person(actor);
    return store.transactions().inTransaction(() -> {
      GroupRequest request = decidable(admin, requestId);
      GroupProposal proposal = request.proposal();
      SchoolYear year = yearForNewGroups(proposal.establishment());
      refuseTakenCode(proposal, year);
      Group group = Group.create(proposal.establishment(), year, proposal.code())
          .with(Set.of(), Set.of(request.requester()));
      store.directory().saveGroup(group);
      store.directory().saveGroupRequest(request.approve(admin.id(), clock.instant(),
          group.id()));
      return group;
    });
  }

  /**
   * Refuses a working-group request, with a reason, as the administrator of its establishment.
   *
   * @param actor who acts; an establishment administrator attached to the establishment
   * @param requestId the request
   * @param reason why, told to the requester; 1 to
   *     {@value GroupProposal#MAX_REASON_LENGTH} characters
   * @return the refused request
   * @throws AccessDeniedException if the actor is unknown, not an establishment administrator,
   *     or not attached to the request's establishment
   * @throws NotFoundException if the request does not exist
   * @throws ConflictException if the request was already decided
   * @throws InvalidInputException if the reason is blank or too long
   */
  public GroupRequest refuseGroupRequest(Actor actor, GroupRequestId requestId, String reason) {
    Person admin = access.person(actor);
    return store.transactions().inTransaction(() -> {
      GroupRequest refused = decidable(admin, requestId).refuse(admin.id(), clock.instant(),
          reason);
      store.directory().saveGroupRequest(refused);
      return refused;
    });
  }

  private void checkMayAskIn(Person person, GroupProposal proposal) {
    if (!Rights.folios().allows(person.profile(), Rights.Action.REQUEST_GROUP)) {
      throw new AccessDeniedException(person.displayName() + " has the profile '"
          + person.profile().frenchLabel() + "'; working groups are asked for by the"
          + " educational staff: ask a teacher of the establishment to request it");
    }
    Establishment establishment = found(proposal.establishment());
    if (!person.attachedTo(establishment.id())) {
      throw new AccessDeniedException(person.displayName() + " is not attached to "
          + describe(establishment) + ": ask for a working group in one of one's own "
          + person.establishments().size() + " establishments");
    }
    refuseTakenCode(proposal, yearForNewGroups(establishment.id()));
  }

  private GroupRequest decidable(Person admin, GroupRequestId requestId) {
    GroupRequest request = store.directory().findGroupRequest(requestId).orElseThrow(() ->
        new NotFoundException("working-group request " + requestId + " does not exist: list"
            + " the establishment's pending requests"));
    checkAdministers(admin, found(request.proposal().establishment()),
        Rights.Action.DECIDE_GROUP_REQUEST, "decide working-group requests");
    if (!request.pending()) {
      throw new ConflictException("working-group request " + requestId + " for '"
          + request.proposal().code() + "' was already " + request.status().name()
          .toLowerCase(Locale.ROOT) + " on " + request.decidedAt()
          + ": a request is decided once; the staff member may ask again");
    }
    return request;
  }

  private void refuseTakenCode(GroupProposal proposal, SchoolYear year) {
    if (store.directory().findGroup(proposal.establishment(), year, proposal.code())
        .isPresent()) {
      throw new ConflictException("group code '" + proposal.code() + "' is already taken in "
          + year + " in " + describe(found(proposal.establishment()))
          + ": choose another code, or use the existing group");
    }
  }

  private SchoolYear yearForNewGroups(EstablishmentId establishment) {
    return store.directory().currentYear(establishment)
        .orElseGet(() -> SchoolYear.of(LocalDate.ofInstant(clock.instant(), clock.getZone())));
  }

  // Deleting classes and groups -----------------------------------------------------------

  /**
   * Deletes a class for good, whatever its year: an operation of the host platform, which acts
   * for the system. In one transaction, all or nothing:
   * <ul>
   *   <li>every share granted to the class is revoked, with the re-shares made from it, as
   *       {@link Spaces#revoke} does: its former members no longer read anything through it;</li>
   *   <li>its space is deleted with all it holds, the trash included: documents (those pupils
   *       added to a folder shared with them for contribution too: a contribution belongs to the
   *       space it was added to, as when its author leaves), their versions, folders, and every
   *       share on them with its re-shares;</li>
   *   <li>its news items are deleted;</li>
   *   <li>its pupils, teachers and main teachers lose their place in it.</li>
   * </ul>
   * Copies of its documents kept elsewhere stay. The bytes no other document and no version
   * uses are left in the blob store until {@link Spaces#collectOrphanBlobs} removes them; bytes
   * another document uses are kept. A class created later with the same code and year gets a
   * new identifier and a new space, and inherits nothing: no share, no document, no member, no
   * news.
   *
   * @param classId the class
   * @return what was removed
   * @throws NotFoundException if the class does not exist (it may have been deleted already)
   */
  public StructureDeletion deleteClass(ClassId classId) {
    return store.transactions().inTransaction(() ->
        new Dissolution(store).of(storedClass(classId)));
  }

  /**
   * Deletes a class for good, as the administrator of its establishment; see {@link
   * #deleteClass(ClassId)}.
   *
   * @param actor who acts; an establishment administrator attached to the class's
   *     establishment
   * @param classId the class
   * @return what was removed
   * @throws AccessDeniedException if the actor is unknown, not an establishment administrator,
   *     or not attached to the class's establishment: then nothing was deleted
   * @throws NotFoundException if the class or its establishment does not exist
   */
  public StructureDeletion deleteClass(Actor actor, ClassId classId) {
    Person person = access.person(actor);
    return store.transactions().inTransaction(() -> {
      SchoolClass schoolClass = storedClass(classId);
      checkAdministers(person, found(schoolClass.establishment()), Rights.Action.DELETE_CLASS,
          "delete class " + schoolClass.displayName());
      return new Dissolution(store).of(schoolClass);
    });
  }

  /**
   * Deletes a group for good, whatever its year: an operation of the host platform, which acts
   * for the system. In one transaction, all or nothing: every share granted to the group is
   * revoked with its re-shares; its space is deleted with all it holds, as for a class (see
   * {@link #deleteClass(ClassId)}); the invitations of external partners into it are removed;
   * its pupils and staff lose their place in it. A working-group request it was created from
   * stays approved, naming a group that no longer exists. A group created later with the same
   * code and year inherits nothing of it.
   *
   * @param groupId the group
   * @return what was removed
   * @throws NotFoundException if the group does not exist (it may have been deleted already)
   */
  public StructureDeletion deleteGroup(GroupId groupId) {
    return store.transactions().inTransaction(() ->
        new Dissolution(store).of(storedGroup(groupId)));
  }

  /**
   * Deletes a group for good, as the administrator of its establishment; see {@link
   * #deleteGroup(GroupId)}.
   *
   * @param actor who acts; an establishment administrator attached to the group's
   *     establishment
   * @param groupId the group
   * @return what was removed
   * @throws AccessDeniedException if the actor is unknown, not an establishment administrator,
   *     or not attached to the group's establishment: then nothing was deleted
   * @throws NotFoundException if the group or its establishment does not exist
   */
  public StructureDeletion deleteGroup(Actor actor, GroupId groupId) {
    Person person = access.person(actor);
    return store.transactions().inTransaction(() -> {
      Group group = storedGroup(groupId);
      checkAdministers(person, found(group.establishment()), Rights.Action.DELETE_GROUP,
          "delete group '" + group.code() + "' (" + group.year() + ")");
      return new Dissolution(store).of(group);
    });
  }

  private SchoolClass storedClass(ClassId classId) {
    return store.directory().findClass(classId).orElseThrow(() -> new NotFoundException(
        "class " + classId + " does not exist (it may have been deleted already): list the"
            + " establishment's classes to find its identifier"));
  }

  private Group storedGroup(GroupId groupId) {
    return store.directory().findGroup(groupId).orElseThrow(() -> new NotFoundException(
        "group " + groupId + " does not exist (it may have been deleted already): list the"
            + " establishment's groups to find its identifier"));
  }

  // Shared checks --------------------------------------------------------------------------

  private Group administeredGroup(Person admin, GroupId groupId, Rights.Action action,
      String what) {
    Group group = storedGroup(groupId);
    checkAdministers(admin, found(group.establishment()), action, what);
    return group;
  }

  private void checkAdministers(Person person, Establishment establishment,
      Rights.Action action, String what) {
    if (!Rights.folios().allows(person.profile(), action)) {
      throw new AccessDeniedException(person.displayName() + " has the profile '"
          + person.profile().frenchLabel() + "'; only an establishment administrator may "
          + what + ": ask the administrator of " + describe(establishment));
    }
    if (!person.attachedTo(establishment.id())) {
      throw new AccessDeniedException(person.displayName() + " administers other"
          + " establishments than " + describe(establishment) + ": only its own"
          + " administrator may " + what + " there");
    }
  }

  private void refuseArchived(Group group, String what) {
    access.archivedBy(group.establishment(), group.year()).ifPresent(current -> {
      throw new ConflictException("group '" + group.code() + "' of " + group.year()
          + " is archived: the current school year of its establishment is " + current
          + "; archived groups are read-only, so one cannot " + what + ": use a group of "
          + current);
    });
  }

  private Establishment found(EstablishmentId establishment) {
    return store.directory().findEstablishment(establishment).orElseThrow(() ->
        new NotFoundException("establishment " + establishment + " does not exist: list the"
            + " establishments to find its identifier"));
  }

  private static String describe(Establishment establishment) {
    return establishment.name() + " (" + establishment.uai() + ")";
  }

  private static SchoolClass withMainTeacher(SchoolClass c, Person person, boolean main) {
    Set<PersonId> mains = new HashSet<>(c.mainTeachers());
    if (main) {
      mains.add(person.id());
    } else {
      mains.remove(person.id());
    }
    return new SchoolClass(c.id(), c.establishment(), c.year(), c.code(), c.students(),
        c.teachers(), mains);
  }
}
