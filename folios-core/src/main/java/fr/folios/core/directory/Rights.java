package fr.folios.core.directory;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What each of the five profiles may do, and whom each may see or address: the rights matrix of
 * Folios, which the use cases apply.
 *
 * <p>A right held by a profile is still bounded by the person's place in the directory, as each
 * {@link Action} says: a teacher publishes news only to a class they teach, a pupil reads only
 * the space of their own class.
 *
 * <table class="striped">
 *   <caption>Actions (✓ the profile may, given the bound of the action)</caption>
 *   <thead>
 *     <tr><th scope="col">Action</th><th scope="col">STUDENT</th>
 *       <th scope="col">EDUCATIONAL_STAFF</th><th scope="col">ESTABLISHMENT_ADMIN</th>
 *       <th scope="col">EXTERNAL_PARTNER</th><th scope="col">PARENT</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">share a document</th><td>✓</td><td>✓</td><td>✓</td><td></td>
 *       <td></td></tr>
 *     <tr><th scope="row">receive a share</th><td>✓</td><td>✓</td><td>✓</td><td>✓</td>
 *       <td>✓</td></tr>
 *     <tr><th scope="row">re-share what was shared with one</th><td></td><td>✓</td><td>✓</td>
 *       <td></td><td></td></tr>
 *     <tr><th scope="row">add documents to a folder shared for contribution</th><td>✓</td>
 *       <td>✓</td><td>✓</td><td></td><td></td></tr>
 *     <tr><th scope="row">publish news to a class</th><td></td><td>✓</td><td></td><td></td>
 *       <td></td></tr>
 *     <tr><th scope="row">read a class's news</th><td>✓</td><td>✓</td><td></td><td></td>
 *       <td>✓</td></tr>
 *     <tr><th scope="row">write a class space</th><td></td><td>✓</td><td></td><td></td>
 *       <td></td></tr>
 *     <tr><th scope="row">read a class space</th><td>✓</td><td>✓</td><td></td><td></td>
 *       <td></td></tr>
 *     <tr><th scope="row">complete the first-connection checklist</th><td></td><td>✓</td>
 *       <td></td><td></td><td></td></tr>
 *     <tr><th scope="row">ask for a working group</th><td></td><td>✓</td><td></td><td></td>
 *       <td></td></tr>
 *     <tr><th scope="row">approve or refuse working-group requests</th><td></td><td></td>
 *       <td>✓</td><td></td><td></td></tr>
 *     <tr><th scope="row">invite an external partner into a group</th><td></td><td></td>
 *       <td>✓</td><td></td><td></td></tr>
 *     <tr><th scope="row">start a school year (rentrée)</th><td></td><td></td><td>✓</td>
 *       <td></td><td></td></tr>
 *     <tr><th scope="row">delete a class, with its space and grants</th><td></td><td></td>
 *       <td>✓</td><td></td><td></td></tr>
 *     <tr><th scope="row">delete a group, with its space, grants and invitations</th><td></td>
 *       <td></td><td>✓</td><td></td><td></td></tr>
 *   </tbody>
 * </table>
 *
 * <table class="striped">
 *   <caption>Whom a profile (row) sees and may address among another profile (column)</caption>
 *   <thead>
 *     <tr><th scope="col">Sees →</th><th scope="col">STUDENT</th>
 *       <th scope="col">EDUCATIONAL_STAFF</th><th scope="col">ESTABLISHMENT_ADMIN</th>
 *       <th scope="col">EXTERNAL_PARTNER</th><th scope="col">PARENT</th></tr>
 *   </thead>
 *   <tbody>
 *     <tr><th scope="row">STUDENT</th><td>classes and groups</td><td>classes and groups</td>
 *       <td>classes and groups</td><td>groups</td><td>their parents</td></tr>
 *     <tr><th scope="row">EDUCATIONAL_STAFF</th><td>establishments</td><td>establishments</td>
 *       <td>establishments</td><td>groups</td><td>establishments</td></tr>
 *     <tr><th scope="row">ESTABLISHMENT_ADMIN</th><td>establishments</td>
 *       <td>establishments</td><td>establishments</td><td>groups</td>
 *       <td>establishments</td></tr>
 *     <tr><th scope="row">EXTERNAL_PARTNER</th><td>groups</td><td>groups</td><td>groups</td>
 *       <td>groups</td><td>nobody</td></tr>
 *     <tr><th scope="row">PARENT</th><td>their children</td><td>their children's teachers</td>
 *       <td>nobody</td><td>nobody</td><td>nobody</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>Each cell of the second table is a {@link Reach}. Everyone sees themselves.
 *
 * <p>An external partner belongs to a group only through a {@link GroupInvitation} in force: an
 * establishment administrator invites them into one of the establishment's groups until an end
 * date. Until then, and only then, the partner and the group's members see each other, and
 * members who share may share with the partner; the partner shares nothing. Being listed among
 * a group's staff gives a partner nothing.
 *
 * <p>Only classes and groups in force make people visible to each other: those of an
 * establishment's current school year or later. After the rentrée ({@code
 * Directory.startSchoolYear}) the classes and groups of earlier years are archived: kept and
 * readable by their former members, but read-only, and they no longer make their members see
 * each other.
 *
 * <p>The administrator's actions (working-group requests, invitations, rentrée, deleting a
 * class or a group) are bound to the establishments they are attached to. The host platform may
 * also start a school year and delete a class or a group, acting for the system.
 *
 * <p>Immutable and safe for concurrent use.
 */
public final class Rights {

  /** The actions a profile may be granted, each bounded as its description says. */
  public enum Action {
    /** Share a document of a space one may write with a person one sees. */
    SHARE_DOCUMENT,
    /** Receive a share from someone who sees one. */
    RECEIVE_SHARE,
    /**
     * Re-share, for reading only and never for longer, a document or folder shared with one,
     * with a person one sees.
     */
    RESHARE,
    /** Add documents beneath a folder shared with one for contribution, rename one's own. */
    CONTRIBUTE,
    /** Publish news to a class one teaches. */
    PUBLISH_CLASS_NEWS,
    /** Read the news of a class one belongs to, or, for a parent, of a child's class. */
    READ_CLASS_NEWS,
    /** Add to, or share from, the space of a class one teaches. */
    WRITE_CLASS_SPACE,
    /** Read the space of a class one belongs to, as pupil or teacher. */
    READ_CLASS_SPACE,
    /** Confirm one's e-mail, guidance-psychologist flag and main-teacher classes. */
    COMPLETE_FIRST_CONNECTION,
    /** Ask for a new working group in one of one's establishments. */
    REQUEST_GROUP,
    /** Approve or refuse the working-group requests of one's establishments. */
    DECIDE_GROUP_REQUEST,
    /** Invite an external partner into a group of one's establishments, until an end date. */
    INVITE_PARTNER,
    /** Start a school year in one of one's establishments, archiving the earlier years. */
    START_SCHOOL_YEAR,
    /**
     * Delete a class of one's establishments, of any year, with its space and everything in it,
     * the shares granted to it and its members' places.
     */
    DELETE_CLASS,
    /**
     * Delete a group of one's establishments, of any year, with its space and everything in it,
     * the shares granted to it, its members' places and the invitations into it.
     */
    DELETE_GROUP
  }

  /** Whom of another profile a person sees and may address. */
  public enum Reach {
    /** Nobody of that profile. */
    NOBODY,
    /** Those attached to one of the viewer's establishments. */
    ESTABLISHMENTS,
    /** Those who share a class or a group in force (as pupil, teacher or staff). */
    CLASSES_AND_GROUPS,
    /**
     * Those who share a group in force (as pupil or staff, or, for an external partner, through
     * an invitation in force).
     */
    GROUPS,
    /** The viewer's own children. */
    CHILDREN,
    /** The teachers of the viewer's children's classes and the staff of their groups. */
    CHILDRENS_TEACHERS,
    /** The viewer's own parents: those whose children include the viewer. */
    PARENTS
  }

  private static final Rights FOLIOS = new Rights(actions(), reaches());

  private final Map<Profile, Set<Action>> actions;
  private final Map<Profile, Map<Profile, Reach>> reaches;

  private Rights(Map<Profile, Set<Action>> actions, Map<Profile, Map<Profile, Reach>> reaches) {
    this.actions = actions;
    this.reaches = reaches;
  }

  /** {@return the matrix of this version of Folios, as the class description shows it} */
  public static Rights folios() {
    return FOLIOS;
  }

  /**
   * Tells whether a profile holds the right to an action.
   *
   * @param profile the profile
   * @param action the action
   * @return {@code true} if persons of that profile may do it, within the action's bound
   */
  public boolean allows(Profile profile, Action action) {
    Objects.requireNonNull(action, "action");
    return actionsOf(profile).contains(action);
  }

  /**
   * Returns the actions of a profile.
   *
   * @param profile the profile
   * @return its actions, unmodifiable, in declaration order; empty if none
   */
  public Set<Action> actionsOf(Profile profile) {
    Objects.requireNonNull(profile, "profile");
    return actions.get(profile);
  }

  /**
   * Returns whom of another profile a profile sees and may address.
   *
   * @param viewer the profile of who looks
   * @param other the profile of whom they look at
   * @return the rule
   */
  public Reach reach(Profile viewer, Profile other) {
    Objects.requireNonNull(viewer, "viewer");
    Objects.requireNonNull(other, "other");
    return reaches.get(viewer).get(other);
  }

  private static Map<Profile, Set<Action>> actions() {
    Map<Profile, Set<Action>> table = new EnumMap<>(Profile.class);
    table.put(Profile.STUDENT, EnumSet.of(Action.SHARE_DOCUMENT, Action.RECEIVE_SHARE,
        Action.CONTRIBUTE, Action.READ_CLASS_NEWS, Action.READ_CLASS_SPACE));
    table.put(Profile.EDUCATIONAL_STAFF, EnumSet.of(Action.SHARE_DOCUMENT,
        Action.RECEIVE_SHARE, Action.RESHARE, Action.CONTRIBUTE, Action.PUBLISH_CLASS_NEWS,
        Action.READ_CLASS_NEWS, Action.WRITE_CLASS_SPACE, Action.READ_CLASS_SPACE,
        Action.COMPLETE_FIRST_CONNECTION, Action.REQUEST_GROUP));
    table.put(Profile.ESTABLISHMENT_ADMIN, EnumSet.of(Action.SHARE_DOCUMENT,
        Action.RECEIVE_SHARE, Action.RESHARE, Action.CONTRIBUTE, Action.DECIDE_GROUP_REQUEST,
        Action.INVITE_PARTNER, Action.START_SCHOOL_YEAR, Action.DELETE_CLASS,
        Action.DELETE_GROUP));
    table.put(Profile.EXTERNAL_PARTNER, EnumSet.of(Action.RECEIVE_SHARE));
    table.put(Profile.PARENT, EnumSet.of(Action.RECEIVE_SHARE, Action.READ_CLASS_NEWS));
    table.replaceAll((profile, set) -> Collections.unmodifiableSet(set));
    return Collections.unmodifiableMap(table);
  }

  private static Map<Profile, Map<Profile, Reach>> reaches() {
    Map<Profile, Map<Profile, Reach>> table = new EnumMap<>(Profile.class);
    table.put(Profile.STUDENT, row(Reach.CLASSES_AND_GROUPS, Reach.CLASSES_AND_GROUPS,
        Reach.CLASSES_AND_GROUPS, Reach.GROUPS, Reach.PARENTS));
    table.put(Profile.EDUCATIONAL_STAFF, row(Reach.ESTABLISHMENTS, Reach.ESTABLISHMENTS,
        Reach.ESTABLISHMENTS, Reach.GROUPS, Reach.ESTABLISHMENTS));
    table.put(Profile.ESTABLISHMENT_ADMIN, row(Reach.ESTABLISHMENTS, Reach.ESTABLISHMENTS,
        Reach.ESTABLISHMENTS, Reach.GROUPS, Reach.ESTABLISHMENTS));
    table.put(Profile.EXTERNAL_PARTNER, row(Reach.GROUPS, Reach.GROUPS, Reach.GROUPS,
        Reach.GROUPS, Reach.NOBODY));
    table.put(Profile.PARENT, row(Reach.CHILDREN, Reach.CHILDRENS_TEACHERS, Reach.NOBODY,
        Reach.NOBODY, Reach.NOBODY));
    return Collections.unmodifiableMap(table);
  }

  /** One row of the visibility table, in the order of {@link Profile}'s constants. */
  private static Map<Profile, Reach> row(Reach student, Reach staff, Reach admin, Reach partner,
      Reach parent) {
    Map<Profile, Reach> row = new EnumMap<>(Profile.class);
    row.put(Profile.STUDENT, student);
    row.put(Profile.EDUCATIONAL_STAFF, staff);
    row.put(Profile.ESTABLISHMENT_ADMIN, admin);
    row.put(Profile.EXTERNAL_PARTNER, partner);
    row.put(Profile.PARENT, parent);
    return Collections.unmodifiableMap(row);
  }
}
