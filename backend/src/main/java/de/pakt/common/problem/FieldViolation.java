package de.pakt.common.problem;

/** One invalid field of a request, as reported in a validation problem. */
public record FieldViolation(String field, String message) {}
