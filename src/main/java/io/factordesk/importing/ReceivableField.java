package io.factordesk.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a receivable that an import fills, each with the headers suppliers commonly use for it,
 * written already in {@link HeaderText#normalise normalised} form (Chinese and English).
 */
public enum ReceivableField {
    INVOICE_CODE("invoiceCode", "发票代码", "invoicecode"),
    INVOICE_NO("invoiceNo", "发票号码", "发票号", "invoicenumber", "invoiceno", "invoicenum"),
    ISSUE_DATE("issueDate", "开票日期", "发票日期", "issuedate", "invoicedate", "dateofissue"),
    DUE_DATE("dueDate", "到期日", "到期日期", "付款到期日", "duedate", "maturitydate"),
    AMOUNT("amount", "金额", "价税合计", "发票金额", "含税金额", "amount", "faceamount", "totalamount",
            "invoiceamount"),
    SUPPLIER_NAME("supplierName", "卖方名称", "销售方名称", "销方名称", "suppliername", "sellername"),
    SUPPLIER_USCC("supplierUscc", "卖方统一社会信用代码", "销售方统一社会信用代码", "销售方纳税人识别号",
            "卖方纳税人识别号", "supplieruscc", "selleruscc", "suppliertaxid"),
    DEBTOR_NAME("debtorName", "买方名称", "购买方名称", "购方名称", "debtorname", "buyername"),
    DEBTOR_USCC("debtorUscc", "买方统一社会信用代码", "购买方统一社会信用代码", "购买方纳税人识别号",
            "买方纳税人识别号", "debtoruscc", "buyeruscc", "debtortaxid"),
    CONTRACT_NO("contractNo", "合同号", "合同编号", "contractnumber", "contractno", "contractref", "ponumber");

    private final String id;
    private final List<String> headers;

    ReceivableField(String id, String... headers) {
        this.id = id;
        this.headers = List.of(headers);
    }

    /** The stable name used in mapping files, e.g. {@code invoiceNo}. */
    public String id() {
        return id;
    }

    /** The first Chinese header: how the report names a column the file lacks. */
    public String standardHeader() {
        return headers.get(0);
    }

    /** Whether a normalised header is one of the common names of this field. */
    boolean knows(String normalisedHeader) {
        return headers.contains(normalisedHeader);
    }

    /** Accepts {@code invoiceNo}, {@code invoice_no}, {@code INVOICE_NO}, or a header this field knows. */
    public static Optional<ReceivableField> named(String name) {
        String wanted = name.strip().replace("_", "").toLowerCase(Locale.ROOT);
        String header = HeaderText.normalise(name);
        for (ReceivableField field : values()) {
            if (field.id.toLowerCase(Locale.ROOT).equals(wanted) || field.knows(header)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The field whose common headers include this one, if any. */
    static Optional<ReceivableField> recognise(String normalisedHeader) {
        for (ReceivableField field : values()) {
            if (field.knows(normalisedHeader)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }
}
