package io.github.campaignkit.core.rule;

/**
 * The codes of refusals many values share, raised by constructors and factories as an
 * {@link InvalidValueException}. The path of the violation names the refused field; the codes
 * begin with {@code value.} and their messages live in this package's bundle.
 */
public enum ValueViolation implements ViolationCode {
    /** A text that must say something is blank. */
    BLANK("value.blank"),
    /** A text is longer than allowed; arguments: its length, the most allowed. */
    TOO_LONG("value.too-long"),
    /** An identifier starts or ends with white space; argument: the text. */
    PADDED("value.padded"),
    /** An identifier contains a control character. */
    CONTROL_CHARACTER("value.control-character"),
    /** A number or a duration is negative; argument: the value. */
    NEGATIVE("value.negative"),
    /** A number or a duration is zero or negative where it must be above zero; argument: the value. */
    NOT_POSITIVE("value.not-positive"),
    /** A number is below its least value; arguments: the value, the least. */
    BELOW("value.below"),
    /** A number lies outside its range; arguments: the value, the least, the greatest. */
    OUT_OF_RANGE("value.out-of-range"),
    /** A percentage lies outside 0 to 100; argument: the value. */
    PERCENT("value.percent"),
    /** A date or time comes before the one it must follow; arguments: the value, the other field, its value. */
    BEFORE("value.before"),
    /** A list that needs at least one element is empty. */
    EMPTY("value.empty"),
    /** An element or a key appears twice; argument: the element. */
    DUPLICATE("value.duplicate"),
    /** A decimal has too many digits before the point; arguments: the value, the most allowed. */
    INTEGER_DIGITS("value.integer-digits"),
    /** A decimal has too many digits after the point; arguments: the value, the most allowed. */
    FRACTION_DIGITS("value.fraction-digits"),
    /** A text is not a decimal number; argument: the text. */
    NOT_A_DECIMAL("value.not-a-decimal"),
    /** A date lies outside the years 1 to 9999; argument: the date. */
    OUTSIDE_YEARS("value.outside-years"),
    /** A list or an array has the wrong number of elements; arguments: how many, how many expected. */
    SIZE("value.size"),
    /** A list of pairs has an odd number of elements; argument: how many. */
    EVEN("value.even"),
    /** A violation code is not dotted lower-case words; argument: the code. */
    CODE("value.code");

    private final String code;

    ValueViolation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /**
     * Always {@link Severity#ERROR}: a refused value is never built.
     *
     * @return {@link Severity#ERROR}
     */
    @Override
    public Severity severity() {
        return Severity.ERROR;
    }
}
