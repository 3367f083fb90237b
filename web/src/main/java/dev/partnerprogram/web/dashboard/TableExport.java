package dev.partnerprogram.web.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A dashboard table as CSV (UTF-8 with a byte-order mark, so Excel reads Cyrillic) or as an Excel workbook. The CSV is
 * written as Excel reads it in the reader's locale: where the decimal separator is a comma (ru), values are separated by
 * semicolons and decimals take the comma; elsewhere commas separate values and decimals take a point.
 */
public final class TableExport {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private TableExport() {}

    public static byte[] csv(LocalizedTable table, Locale locale) {
        char decimal = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        char separator = decimal == ',' ? ';' : ',';
        StringBuilder out = new StringBuilder();
        line(out, table.headers().stream().map(h -> (Object) h.label()).toList(), separator, decimal);
        table.rows().forEach(row -> line(out, row, separator, decimal));
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] result = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, result, 0, BOM.length);
        System.arraycopy(text, 0, result, BOM.length, text.length);
        return result;
    }

    public static byte[] xlsx(LocalizedTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName(table.title()));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headers().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.headers().get(i).label());
                cell.setCellStyle(bold);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = table.rows().get(r);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            for (int i = 0; i < table.headers().size(); i++) {
                sheet.autoSizeColumn(i);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180: a value with the separator, a quote or a line break is quoted, quotes doubled; numbers as plain decimals. */
    private static void line(StringBuilder out, List<Object> values, char separator, char decimal) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            Object value = values.get(i);
            String text = value == null ? "" : value.toString();
            if (value instanceof BigDecimal number) {
                text = number.toPlainString().replace('.', decimal);
            } else if (value instanceof Double || value instanceof Float) {
                text = BigDecimal.valueOf(((Number) value).doubleValue()).toPlainString().replace('.', decimal);
            }
            if (text.indexOf(separator) >= 0 || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
                text = '"' + text.replace("\"", "\"\"") + '"';
            }
            out.append(text);
        }
        out.append("\r\n");
    }

    /** Excel refuses some characters and more than 31 of them in a sheet's name. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\\\/?*\\[\\]:]", " ").trim();
        return name.isEmpty() ? "report" : name.substring(0, Math.min(31, name.length()));
    }
}
