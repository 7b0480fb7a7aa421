package de.pakt.common.persistence;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import de.pakt.facilitator.Facilitator;
import de.pakt.topic.Topic;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** createdAt and updatedAt come from VersionedEntity's callbacks, not from the services. */
@QuarkusTest
class TimestampsTest {

    private final List<UUID> topics = new ArrayList<>();
    private final List<UUID> facilitators = new ArrayList<>();

    @AfterEach
    void removeWhatTheTestStored() {
        QuarkusTransaction.requiringNew().run(() -> {
            topics.forEach(id -> Topic.deleteById(id));
            facilitators.forEach(id -> Facilitator.deleteById(id));
        });
    }

    @Test
    void aNewRecordIsStampedWhenItIsPersisted() {
        Instant before = Instant.now();
        Topic fresh = QuarkusTransaction.requiringNew().call(() -> {
            Topic t = newTopic();
            t.persist();
            topics.add(t.id);
            // Before any flush: services answer with the new record right after persist().
            assertThat(t.createdAt).isNotNull();
            return t;
        });
        assertThat(fresh.createdAt).isBetween(before, Instant.now());
        assertThat(fresh.updatedAt).isEqualTo(fresh.createdAt);

        Topic stored = storedTopic(fresh.id);
        assertThat(stored.createdAt).isCloseTo(fresh.createdAt, within(1, ChronoUnit.MILLIS));
        assertThat(stored.updatedAt).isEqualTo(stored.createdAt);
    }

    @Test
    void aSaveWithoutAChangeKeepsUpdatedAtAndTheVersion() {
        Topic stored = storedTopic(persisted(newTopic()).id);
        QuarkusTransaction.requiringNew().run(() -> {
            Topic t = Topic.findById(stored.id);
            t.name = stored.name;
            t.position = stored.position;
        });

        Topic again = storedTopic(stored.id);
        assertThat(again.updatedAt).isEqualTo(stored.updatedAt);
        assertThat(again.version).isEqualTo(stored.version);
    }

    @Test
    void aChangeMovesUpdatedAtAndKeepsCreatedAt() {
        Topic stored = storedTopic(persisted(newTopic()).id);
        QuarkusTransaction.requiringNew().run(() -> {
            Topic t = Topic.findById(stored.id);
            t.position = stored.position + 1;
        });

        Topic again = storedTopic(stored.id);
        assertThat(again.updatedAt).isAfter(stored.updatedAt);
        assertThat(again.createdAt).isEqualTo(stored.createdAt);
        assertThat(again.version).isEqualTo(stored.version + 1);
    }

    @Test
    void aChangeOfAnOwnedListAloneMovesUpdatedAtToo() {
        Facilitator f = new Facilitator();
        f.id = UUID.randomUUID();
        f.name = "Zeitstempel " + f.id;
        f.homeRegionKey = "081";
        f.capacity = 1;
        f.expertise.add("Wohnen");
        QuarkusTransaction.requiringNew().run(() -> f.persist());
        facilitators.add(f.id);
        Facilitator stored = storedFacilitator(f.id);

        QuarkusTransaction.requiringNew()
                .run(() -> Facilitator.<Facilitator>findById(f.id).expertise.add("Ehrenamt"));

        Facilitator again = storedFacilitator(f.id);
        assertThat(again.expertise).containsExactly("Wohnen", "Ehrenamt");
        assertThat(again.updatedAt).isAfter(stored.updatedAt);
        assertThat(again.version).isEqualTo(stored.version + 1);
    }

    @Test
    void timesSetBeforePersistingAreKept() {
        Instant created = Instant.parse("2019-05-01T08:00:00Z");
        Instant changed = Instant.parse("2019-06-01T08:00:00Z");
        Topic both = newTopic();
        both.createdAt = created;
        both.updatedAt = changed;
        Topic onlyCreated = newTopic();
        onlyCreated.createdAt = created;
        persisted(both);
        persisted(onlyCreated);

        assertThat(storedTopic(both.id).createdAt).isEqualTo(created);
        assertThat(storedTopic(both.id).updatedAt).isEqualTo(changed);
        assertThat(storedTopic(onlyCreated.id).createdAt).isEqualTo(created);
        assertThat(storedTopic(onlyCreated.id).updatedAt).isEqualTo(created);
    }

    private static Topic storedTopic(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Topic.findById(id));
    }

    private static Topic newTopic() {
        Topic t = new Topic();
        t.id = UUID.randomUUID();
        t.name = "Zeitstempel " + t.id;
        t.position = 97;
        t.active = false;
        return t;
    }

    private Topic persisted(Topic t) {
        QuarkusTransaction.requiringNew().run(() -> t.persist());
        topics.add(t.id);
        return t;
    }

    private static Facilitator storedFacilitator(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Facilitator.findById(id));
    }
}
