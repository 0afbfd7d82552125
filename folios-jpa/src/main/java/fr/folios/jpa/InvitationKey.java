package fr.folios.jpa;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Identifies an invitation: a group and a partner have at most one.
 *
 * @param group the group's identifier
 * @param partner the partner's identifier
 */
@Embeddable
record InvitationKey(
    @Column(name = "group_id", length = 64, nullable = false) String group,
    @Column(name = "partner_id", length = 64, nullable = false) String partner) {
}
