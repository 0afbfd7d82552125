/**
 * Implementation details shared by the core's packages. Not part of the API: may change
 * without notice.
 */
@NullMarked
package fr.folios.core.internal;

import org.jspecify.annotations.NullMarked;
