package io.factordesk.domain.review;

/** One page of the review desk: the filter, one sort column, offset and limit. */
public record ReviewPageRequest(ReviewFilter filter, ReviewSort sort, boolean descending, int offset, int limit) {

    public static final int MAX_LIMIT = 10_000;

    public ReviewPageRequest {
        if (offset < 0 || limit <= 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("offset >= 0 and 0 < limit <= " + MAX_LIMIT);
        }
        filter = filter == null ? ReviewFilter.none() : filter;
        sort = sort == null ? ReviewSort.ID : sort;
    }

    public static ReviewPageRequest first(ReviewFilter filter, int limit) {
        return new ReviewPageRequest(filter, ReviewSort.ID, false, 0, limit);
    }

    public ReviewPageRequest at(int newOffset) {
        return new ReviewPageRequest(filter, sort, descending, newOffset, limit);
    }
}
