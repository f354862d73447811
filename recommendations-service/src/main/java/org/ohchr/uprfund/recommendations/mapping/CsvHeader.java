package org.ohchr.uprfund.recommendations.mapping;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.ohchr.uprfund.recommendations.domain.FieldProblem;

/**
 * The first row of an import: which column is where. Names are the documented ones exactly (spaces around them
 * ignored), in any order; every required column must be there, none twice, none unknown.
 */
public final class CsvHeader {

    private final Map<CsvColumn, Integer> positions;
    private final List<String> names;

    private CsvHeader(Map<CsvColumn, Integer> positions, List<String> names) {
        this.positions = positions;
        this.names = names;
    }

    /**
     * @return the header, or the problems of each wrong or missing column, field {@code header}
     */
    public static CsvHeader read(List<String> cells, List<FieldProblem> problems) {
        Map<CsvColumn, Integer> positions = new EnumMap<>(CsvColumn.class);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i).strip();
            names.add(name);
            var column = CsvColumn.ofHeader(name);
            if (column.isEmpty()) {
                problems.add(new FieldProblem("header", "column " + (i + 1) + ", '" + shown(name) + "', is not a column of the format;"
                        + " the columns are " + List.of(CsvColumn.values()).stream().map(CsvColumn::header).toList()));
            } else if (positions.put(column.get(), i) != null) {
                problems.add(new FieldProblem("header", "column '" + name + "' is given twice"));
            }
        }
        for (CsvColumn column : CsvColumn.values()) {
            if (column.required() && !positions.containsKey(column)) {
                problems.add(new FieldProblem("header", "column '" + column.header() + "' is missing"));
            }
        }
        return new CsvHeader(positions, names);
    }

    public int size() {
        return names.size();
    }

    /** The column at {@code index} as the file names it. */
    public String nameAt(int index) {
        return index >= 0 && index < names.size() ? names.get(index) : "column " + (index + 1);
    }

    /** The cell of {@code column} in {@code cells}, or null when the file has no such column. */
    public String cell(List<String> cells, CsvColumn column) {
        Integer position = positions.get(column);
        return position == null ? null : cells.get(position);
    }

    private static String shown(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40) + "...";
    }
}
