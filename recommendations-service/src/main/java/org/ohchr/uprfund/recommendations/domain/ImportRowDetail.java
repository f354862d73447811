package org.ohchr.uprfund.recommendations.domain;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What an import changed in an updated row's recommendation, or why it refused a row (a problem, as JSON). */
@Entity
@Table(name = "import_row_detail")
@IdClass(ImportRowDetail.Key.class)
public class ImportRowDetail {

    @Id
    @Column(name = "import_id")
    public UUID importId;

    @Id
    @Column(name = "row_number")
    public int rowNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public RowOutcome outcome;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "changed_fields")
    public String[] changedFields;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String problem;

    /** The composite identifier. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        public UUID importId;
        public int rowNumber;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.importId.equals(importId) && key.rowNumber == rowNumber;
        }

        @Override
        public int hashCode() {
            return importId.hashCode() * 31 + rowNumber;
        }
    }
}
