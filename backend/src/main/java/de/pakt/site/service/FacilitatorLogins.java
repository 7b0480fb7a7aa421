package de.pakt.site.service;

import java.util.List;
import java.util.UUID;

/**
 * Which pool entries the signed-in facilitator is. Sites come before facilitators (a facilitator is assigned to a
 * site), so the facilitator feature answers this for {@link SiteAccess}.
 */
public interface FacilitatorLogins {

    /** The pool entries linked to the caller's login; empty for anybody who is no facilitator of the pool. */
    List<UUID> callerFacilitatorIds();
}
