package org.ohchr.uprfund.contributions.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;

import org.ohchr.uprfund.platform.problem.ConflictException;
import org.ohchr.uprfund.platform.problem.InvalidFieldException;

/**
 * How much a reversal takes back. A contribution may be reversed in full or in parts, never for more than what remains
 * of it (its amount less the reversals already made); once nothing remains it is reversed and a further reversal is a
 * conflict. A reversal entry cannot itself be reversed: money received again is a new contribution.
 * <p>
 * A part takes its US dollar value (and the part of the exchange difference) at the original rates, rounded half-even;
 * the reversal that takes the last of the amount takes exactly what remains in US dollars and exchange difference, so
 * that a contribution reversed in full, in any number of parts, sums to zero to the cent (and a part never takes more
 * than remains).
 */
public final class ContributionReversalPolicy {

    private ContributionReversalPolicy() {
    }

    /**
     * The entry being reversed.
     *
     * @param pledgeUsdPerUnit the pledge's rate when the entry paid a pledge with an exchange difference, else null
     * @param exchangeDifferenceUsd the exchange difference recorded with the entry, else null
     */
    public record Original(boolean isReversal, BigDecimal amount, Currency currency, BigDecimal usdPerUnit, BigDecimal amountUsd,
            BigDecimal pledgeUsdPerUnit, BigDecimal exchangeDifferenceUsd) {

        public Original {
            Objects.requireNonNull(amount);
            Objects.requireNonNull(currency);
            Objects.requireNonNull(usdPerUnit);
            Objects.requireNonNull(amountUsd);
            if ((pledgeUsdPerUnit == null) != (exchangeDifferenceUsd == null)) {
                throw new IllegalArgumentException("An exchange difference comes with the pledge's rate");
            }
        }
    }

    /** What the reversals made so far took back, as positive magnitudes (zero when there were none). */
    public record AlreadyReversed(BigDecimal amount, BigDecimal amountUsd, BigDecimal exchangeDifferenceUsd) {

        public static final AlreadyReversed NONE = new AlreadyReversed(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /**
     * The new entry: {@code amount} and {@code amountUsd} negative; {@code exchangeDifferenceUsd} the negative-of
     * difference to record, or null when there is none to record.
     */
    public record Reversal(BigDecimal amount, BigDecimal amountUsd, BigDecimal exchangeDifferenceUsd, boolean completes) {
    }

    /**
     * @param requested the amount to reverse, in the original's currency; null for everything that remains
     * @throws ConflictException when the original is itself a reversal, is already reversed in full, or less remains
     *         than requested
     * @throws InvalidFieldException ({@code amount}) when the request is not positive, has too many decimals, or is
     *         larger than the original
     */
    public static Reversal reverse(Original original, AlreadyReversed already, BigDecimal requested) {
        if (original.isReversal()) {
            throw new ConflictException("This entry is itself a reversal and cannot be reversed; record the money received again as a new contribution");
        }
        String code = original.currency().getCurrencyCode();
        BigDecimal remaining = original.amount().subtract(already.amount());
        if (remaining.signum() <= 0) {
            throw new ConflictException("This contribution is already reversed in full");
        }
        BigDecimal amount = remaining;
        if (requested != null) {
            Money.requirePositive("amount", requested);
            amount = Money.requireScale("amount", requested, original.currency());
            if (amount.compareTo(original.amount()) > 0) {
                throw new InvalidFieldException("amount", "must not be larger than the contribution it reverses ("
                        + display(original.amount(), original.currency()) + " " + code + ")");
            }
            if (amount.compareTo(remaining) > 0) {
                throw new ConflictException("Only " + display(remaining, original.currency()) + " " + code
                        + " of this contribution remain to be reversed");
            }
        }
        boolean completes = amount.compareTo(remaining) == 0;
        BigDecimal remainingUsd = original.amountUsd().subtract(already.amountUsd());
        BigDecimal usd = completes ? remainingUsd : notBeyond(Money.toUsd(amount, original.usdPerUnit()), remainingUsd);
        BigDecimal exchange = null;
        if (original.exchangeDifferenceUsd() != null) {
            BigDecimal remainingExchange = original.exchangeDifferenceUsd().subtract(already.exchangeDifferenceUsd());
            exchange = completes ? remainingExchange
                    : notBeyond(ExchangeDifferenceRule.between(amount, original.pledgeUsdPerUnit(), original.usdPerUnit()), remainingExchange);
            if (exchange.signum() == 0) {
                exchange = null;
            }
        }
        return new Reversal(amount.negate(), usd.negate(), exchange == null ? null : exchange.negate(), completes);
    }

    /** A part rounded on its own may exceed what remains by a cent or so; it then takes what remains. */
    private static BigDecimal notBeyond(BigDecimal part, BigDecimal remaining) {
        return part.abs().compareTo(remaining.abs()) > 0 ? remaining : part;
    }

    private static String display(BigDecimal amount, Currency currency) {
        return amount.setScale(Math.max(currency.getDefaultFractionDigits(), 0), java.math.RoundingMode.UNNECESSARY).toPlainString();
    }
}
