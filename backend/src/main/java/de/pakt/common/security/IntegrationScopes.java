package de.pakt.common.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scopes that let an integration client call this operation (any one of them suffices). Without the annotation an
 * integration client is refused whatever its roles; people are not affected. Mirrors {@code x-pakt-scopes} in the
 * contract; {@code ScopeMatrixTest} holds both to the same table.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IntegrationScopes {
    String[] value();
}
