package de.pakt.common.web;

import java.util.Map;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/**
 * Paging and sorting per the API conventions. {@code sort} is "field" or "field,asc|desc"; the contract's
 * pattern has already restricted the field, the map translates API names to entity attributes.
 */
public record PageQuery(int page, int size, Sort sort) {

    public static final int DEFAULT_SIZE = 20;

    public static PageQuery of(
            Integer page, Integer size, String sort, String defaultSort, Map<String, String> sortableFields) {
        String[] parts = (sort == null || sort.isBlank() ? defaultSort : sort).split(",");
        String attribute = sortableFields.get(parts[0]);
        if (attribute == null) {
            throw new IllegalArgumentException("Unknown sort field " + parts[0]);
        }
        Sort.Direction direction =
                parts.length > 1 && parts[1].equals("desc") ? Sort.Direction.Descending : Sort.Direction.Ascending;
        return new PageQuery(
                page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, Sort.by(attribute, direction));
    }

    public Page panachePage() {
        return Page.of(page, size);
    }

    public int totalPages(long totalItems) {
        return (int) ((totalItems + size - 1) / size);
    }
}
