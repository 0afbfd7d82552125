package fr.folios.core.directory.aaf;

import java.util.Objects;
import java.util.Optional;

/**
 * What an AAF record asks for: the element that wraps it in the file.
 */
public enum AafOperation {
  /** {@code addRequest}: a new entry, or the whole entry in a full export. */
  ADD("addRequest"),
  /** {@code modifyRequest}: changes to an existing entry, in a delta. */
  MODIFY("modifyRequest"),
  /** {@code deleteRequest}: the entry leaves the directory. */
  DELETE("deleteRequest");

  private final String elementName;

  AafOperation(String elementName) {
    this.elementName = elementName;
  }

  /** {@return the name of the XML element that carries this operation, e.g. {@code addRequest}} */
  public String elementName() {
    return elementName;
  }

  /**
   * Finds the operation an element name stands for.
   *
   * @param elementName an element name, compared exactly (XML names are case-sensitive)
   * @return the operation, or empty if the element is not an AAF request
   */
  public static Optional<AafOperation> fromElementName(String elementName) {
    Objects.requireNonNull(elementName, "elementName");
    for (AafOperation operation : values()) {
      if (operation.elementName.equals(elementName)) {
        return Optional.of(operation);
      }
    }
    return Optional.empty();
  }
}
