package org.ohchr.uprfund.projects.mapping;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CodeLabel", description = "A code of reference data with its label in the language asked for")
public record CodeLabel(@Schema(examples = "NATIONAL_MECHANISM") String code, String label) {
}
