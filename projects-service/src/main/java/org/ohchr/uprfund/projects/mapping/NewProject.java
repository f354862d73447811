package org.ohchr.uprfund.projects.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.ohchr.uprfund.projects.domain.StrategicArea;

/** A project to propose. */
@Schema(name = "NewProject", description = "A country project to propose")
public record NewProject(
        @NotBlank @Size(max = 50) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._/-]*", message = "must be letters, digits and . _ / - only")
        @Schema(description = "The fund's reference for the project, unique in any case", examples = "UPR-VF-2020-KHM") String code,
        @NotNull @Schema(description = "The State, ISO 3166-1 alpha-3", examples = "KHM") String iso3,
        @NotBlank @Size(max = 300) @Schema(examples = "National recommendations tracking database") String title,
        @Size(max = 200) @Schema(description = "The OHCHR field presence that carries it out", examples = "OHCHR Country Office in Cambodia")
        String fieldPresence,
        @Schema(description = "Absent or null when not stated: never guessed") StrategicArea strategicArea,
        @Schema(examples = "2020-03-01") LocalDate plannedStart,
        @Schema(description = "On or after plannedStart", examples = "2021-02-28") LocalDate plannedEnd,
        @NotNull @Schema(description = "The proposal's budget, US dollars, at most two decimals, zero or more", examples = "120000.00")
        BigDecimal budgetUsd,
        @Size(max = 500) @Schema(description = "What the budget figure rests on, when that needs saying") String budgetNote,
        @Min(0) @Max(3) @Schema(description = "UN Gender Equality Marker, 0 to 3; absent when not assessed", examples = "2")
        Integer genderMarker,
        @Size(max = 500) @Schema(description = "UPR recommendations (recommendations-service ids) it works on") List<@NotNull UUID> recommendationIds,
        @Size(max = 17) @Schema(description = "Sustainable Development Goals, 1 to 17", examples = "[5, 16]")
        List<@NotNull @Min(1) @Max(17) Integer> sdgGoals) {
}
