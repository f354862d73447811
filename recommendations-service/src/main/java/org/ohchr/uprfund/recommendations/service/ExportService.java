package org.ohchr.uprfund.recommendations.service;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.ohchr.uprfund.platform.database.ConsistentReads;
import org.ohchr.uprfund.recommendations.mapping.CsvWriter;
import org.ohchr.uprfund.recommendations.repository.ExportRepository;
import org.ohchr.uprfund.recommendations.repository.RecommendationFilter;

/**
 * Recommendations as CSV, in the import's format (an export imported again changes nothing), streamed row by row from
 * one snapshot of the database.
 */
@ApplicationScoped
@Transactional
public class ExportService {

    private final ExportRepository export;
    private final ConsistentReads consistentReads;

    ExportService(ExportRepository export, ConsistentReads consistentReads) {
        this.export = export;
        this.consistentReads = consistentReads;
    }

    public void write(RecommendationFilter filter, OutputStream out) {
        consistentReads.repeatableRead();
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
            CsvWriter csv = new CsvWriter(writer);
            csv.header();
            export.forEach(filter, recommendation -> csv.row(recommendation.content(), recommendation.status().name()));
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
