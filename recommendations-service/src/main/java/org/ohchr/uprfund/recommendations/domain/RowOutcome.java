package org.ohchr.uprfund.recommendations.domain;

/** What an import did with a row of its file. */
public enum RowOutcome {

    CREATED('C'), UPDATED('U'), UNCHANGED('N'), REFUSED('R');

    private final char code;

    RowOutcome(char code) {
        this.code = code;
    }

    /** The byte that stands for it in {@link RecommendationImport#outcomes}. */
    public byte code() {
        return (byte) code;
    }

    public static RowOutcome ofCode(byte code) {
        for (RowOutcome outcome : values()) {
            if (outcome.code == code) {
                return outcome;
            }
        }
        throw new IllegalArgumentException("No row outcome has the code " + code);
    }
}
