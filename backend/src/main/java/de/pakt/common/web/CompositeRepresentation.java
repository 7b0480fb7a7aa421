package de.pakt.common.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The answer's ETag versions only its root record (for If-Match), while the body also shows other records (an event's
 * places left, a roadmap's goals and measures, a facilitator's workload): {@link ConditionalGet} never answers 304
 * for it, because a change of those parts does not change the tag.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CompositeRepresentation {}
