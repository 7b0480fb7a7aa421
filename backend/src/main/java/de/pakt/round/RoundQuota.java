package de.pakt.round;

import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** At least {@code minSites} selected sites in one Regierungsbezirk. */
@Embeddable
public class RoundQuota {

    @Column(name = "region_key", nullable = false)
    public String regionKey;

    @Column(name = "min_sites", nullable = false)
    public int minSites;

    public RoundQuota() {}

    public RoundQuota(String regionKey, int minSites) {
        this.regionKey = regionKey;
        this.minSites = minSites;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoundQuota q && Objects.equals(regionKey, q.regionKey) && minSites == q.minSites;
    }

    @Override
    public int hashCode() {
        return Objects.hash(regionKey, minSites);
    }
}
