package fr.folios.core.space;

/**
 * What a share lets its grantee do with the shared item.
 *
 * <p>{@link #READ} lets them read the document, or every document beneath the folder, at any
 * depth, including documents added or moved in later.
 *
 * <p>{@link #CONTRIBUTE}, on a folder only, lets them read it the same way and hand work in:
 * a pupil handing homework in to a class folder, say. A grantee whose profile contributes
 * ({@link fr.folios.core.directory.Rights.Action#CONTRIBUTE}) and whom such a share on the
 * folder, or on a folder above it, reaches while it is in force (the <em>contributor</em>) may:
 *
 * <ul>
 *   <li>add documents beneath the folder: upload, create, create rich text, copy from the
 *       catalogue, and copy a document they may read (from any space) into it;
 *   <li>move a document they added themselves, from a space they write, into the folder;
 * </ul>
 *
 * <p>and, for the documents they added beneath the folder (their <em>contributions</em>),
 * and only while a share for contribution still reaches them there:
 *
 * <ul>
 *   <li>rename them, and move them, within the folder or out to a space they write;
 *   <li>replace their content (a file or rich text), list, open and restore their versions;
 *   <li>put them in the trash, and take them out of it back into their folder (not when that
 *       folder is itself in the trash or gone: the space's writers restore it).
 * </ul>
 *
 * <p>Never anybody else's document, never a folder (create, rename, move, trash, share), never
 * a deletion or a purge, and nothing once every share for contribution reaching them there has
 * ended or been revoked, or once the document has left the folder. The space of an archived
 * class or group takes no contribution. What a contributor adds belongs to the folder's space:
 * it counts against that space's limits (every version, in the trash too) and stays there when
 * the share ends. A refusal names the document, the folder and what to do.
 */
public enum Permission {
  /** Read the item and, for a folder, everything beneath it. */
  READ,
  /** Read a folder, add documents beneath it, and change what one added there. */
  CONTRIBUTE
}
