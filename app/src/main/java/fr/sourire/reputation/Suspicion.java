package fr.sourire.reputation;

import java.util.List;

/** Why a review looks suspicious: a score from 0 to 100 and its reasons in plain French. */
public record Suspicion(long reviewId, int score, List<String> reasons) {
}
