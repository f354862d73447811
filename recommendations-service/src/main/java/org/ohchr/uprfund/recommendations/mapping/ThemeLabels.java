package org.ohchr.uprfund.recommendations.mapping;

import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.platform.reference.UnLanguage;
import org.ohchr.uprfund.recommendations.domain.Theme;

@Schema(name = "ThemeLabels", description = "The themes by which recommendations are clustered, labelled in one of the six UN languages")
public record ThemeLabels(
        @Schema(description = "Language of the labels: ar, zh, en, fr, ru or es", examples = "fr") String language,
        List<CodeLabel> items) {

    public static ThemeLabels in(UnLanguage language) {
        return new ThemeLabels(language.tag(), Arrays.stream(Theme.values()).map(theme -> new CodeLabel(theme.name(), theme.label(language)))
                .toList());
    }
}
