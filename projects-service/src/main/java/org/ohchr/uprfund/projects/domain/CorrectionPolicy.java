package org.ohchr.uprfund.projects.domain;

import java.math.BigDecimal;

import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * Who may correct an expenditure entry, and how much a correction takes back from it: never more than what remains of it
 * (its amount less the corrections already made), and never from a correction itself. Once nothing remains, a further
 * correction is a conflict: a repeated correction is refused, not recorded twice.
 * <p>
 * A project that is over (completed or cancelled) takes no new entries from its field office, but its bills and refunds
 * still arrive: a fund manager corrects its entries, as the fund's books must show the money that came back.
 */
public final class CorrectionPolicy {

    private CorrectionPolicy() {
    }

    /**
     * @param project the project of the entry to correct
     * @param scope what the caller writes for
     * @throws OutOfScopeException unless the caller writes for the project's State, and, once the project is completed or
     *         cancelled, for the fund as a whole
     */
    public static void requireMayCorrect(Project project, WriteScope scope) {
        scope.requireState(project.iso3, "correcting project " + project.id + "'s expenditure");
        if (project.status == ProjectStatus.COMPLETED || project.status == ProjectStatus.CANCELLED) {
            scope.requireFundWide("Correcting the expenditure of project " + project.id + ", which is " + project.status + ",");
        }
    }

    /**
     * @param original the entry to correct
     * @param correctedSoFar what its corrections took back so far, positive (zero when none)
     * @param requested the amount to take back, positive; null for everything that remains
     * @return the correction's amount, negative, at scale 2
     * @throws ConflictException when the original is a correction, is corrected in full, or less remains than requested
     * @throws InvalidFieldException ({@code amountUsd}) when the request is not a positive amount in cents, or larger
     *         than the original
     */
    public static BigDecimal amountOf(Expenditure original, BigDecimal correctedSoFar, BigDecimal requested) {
        if (original.isCorrection()) {
            throw new ConflictException("Expenditure " + original.id + " is itself a correction and cannot be corrected;"
                    + " record a new entry instead");
        }
        BigDecimal remaining = original.amountUsd.subtract(correctedSoFar);
        if (remaining.signum() <= 0) {
            throw new ConflictException("Expenditure " + original.id + " is already corrected in full (" + original.amountUsd.toPlainString()
                    + " USD); nothing remains to correct");
        }
        if (requested == null) {
            return remaining.negate();
        }
        BigDecimal amount = UsdAmounts.positive("amountUsd", requested);
        if (amount.compareTo(original.amountUsd) > 0) {
            throw new InvalidFieldException("amountUsd", "must not be larger than the entry it corrects ("
                    + original.amountUsd.toPlainString() + " USD)");
        }
        if (amount.compareTo(remaining) > 0) {
            throw new ConflictException("Only " + remaining.toPlainString() + " USD of expenditure " + original.id
                    + " remain to be corrected (" + correctedSoFar.toPlainString() + " USD were corrected before)");
        }
        return amount.negate();
    }
}
