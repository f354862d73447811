package org.ohchr.uprfund.platform.classification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field of a read that only some roles see: a caller outside its {@link Audience} gets the read without the field
 * (absent, not null). On a record component of an API record; {@link ClassifiedFields} applies it when the record is
 * written as JSON. Its {@code @Schema} description ends with the audience's {@link VisibleTo} sentence.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
public @interface Classified {

    Audience value();
}
