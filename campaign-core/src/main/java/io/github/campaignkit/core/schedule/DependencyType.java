package io.github.campaignkit.core.schedule;

import io.github.campaignkit.core.rule.Labelled;

/**
 * How a successor depends on its predecessor. With a lag of {@code n} working days the
 * successor's start (or finish) comes at least {@code n} working days after the predecessor's
 * finish (or start); a negative lag lets it come that much earlier (lead time).
 */
public enum DependencyType implements Labelled {
    /** 完成-开始: the successor starts after the predecessor finishes (the common case). */
    FINISH_TO_START,
    /** 开始-开始: the successor starts no earlier than the predecessor starts. */
    START_TO_START,
    /** 完成-完成: the successor finishes no earlier than the predecessor finishes. */
    FINISH_TO_FINISH,
    /** 开始-完成: the successor finishes no earlier than the predecessor starts. */
    START_TO_FINISH;

    /**
     * The usual two-letter abbreviation: FS, SS, FF or SF.
     *
     * @return the abbreviation
     */
    public String abbreviation() {
        switch (this) {
            case FINISH_TO_START:
                return "FS";
            case START_TO_START:
                return "SS";
            case FINISH_TO_FINISH:
                return "FF";
            default:
                return "SF";
        }
    }

    /**
     * Whether the predecessor's start (rather than its finish) is what the successor waits for.
     *
     * @return true for SS and SF
     */
    public boolean fromStart() {
        return this == START_TO_START || this == START_TO_FINISH;
    }

    /**
     * Whether the successor's finish (rather than its start) is what is held back.
     *
     * @return true for FF and SF
     */
    public boolean toFinish() {
        return this == FINISH_TO_FINISH || this == START_TO_FINISH;
    }
}
