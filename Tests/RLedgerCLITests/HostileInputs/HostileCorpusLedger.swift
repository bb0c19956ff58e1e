/// The ledger every hostile input is appended to, and the valid lines the
/// cases are made from: three programs' terms (GroupDocs as in RULES.md §6,
/// with `requireEndCustomer`), six enrolments, one order, one payment.
///
/// Example: `Corpus.order` is a valid GroupDocs order of R-ACME dated
/// 2026-03-10; `Corpus.order.replacing(#""quantity":1"#, #""quantity":0"#)`
/// is the case "quantity zero".
enum Corpus {
    static let preamble = [
        #"{"id":"terms-gd","type":"program.terms","effective":"2026-01-01","program":"groupdocs","name":"GroupDocs Reseller Policy","currency":"USD","invoicePrefix":"GD","tiers":["reseller"],"discounts":{"reseller":{"*":"10"}},"noDiscountFor":["consulting"],"paymentTerms":{"order":{"*":{"kind":"netDays","days":30}}},"prepayment":{"firstOrders":3,"afterLatePayment":true},"interest":{"annualPercent":"12","dayCount":"actual/365"},"paymentMethods":["bankTransfer"],"salesTax":{"kind":"usResellerState"},"requireEndCustomer":true}"#,
        #"{"id":"terms-ss","type":"program.terms","effective":"2026-01-01","program":"smartsoft","name":"Smart-Soft Partner Program","currency":"RUB","invoicePrefix":"SS","tiers":["authorized","certified","privileged"],"discounts":{"authorized":{"software":"25","ting":"15","depo":"15","renewal":"25","internal":"50"},"certified":{"software":"30","ting":"20","depo":"20","renewal":"30","internal":"50"},"privileged":{"software":"35","ting":"25","depo":"25","renewal":"35","internal":"50"}},"internalUseCap":{"authorized":30,"certified":50,"privileged":100},"paymentTerms":{"order":{"*":{"kind":"onReceipt"},"privileged":{"kind":"netDays","days":30}}}}"#,
        #"{"id":"terms-bk","type":"program.terms","effective":"2026-01-01","program":"bytekast","name":"ByteKast Reseller Program","currency":"USD","invoicePrefix":"BK","tiers":["none","silver","gold","platinum"],"discounts":{"none":{"*":"0"},"silver":{"*":"20"},"gold":{"*":"33"},"platinum":{"*":"50"}},"paymentTerms":{"order":{"*":{"kind":"onReceipt"}},"subscription":{"*":{"kind":"endOfFollowingMonth"}}}}"#,
        #"{"id":"enrol-acme","type":"reseller.enrolled","effective":"2026-01-01","reseller":"R-ACME","program":"groupdocs","name":"Acme Reseller","country":"DE","kind":"retail","tier":"reseller"}"#,
        #"{"id":"enrol-beta","type":"reseller.enrolled","effective":"2026-01-01","reseller":"R-BETA","program":"groupdocs","name":"Beta Reseller","country":"FR","kind":"retail","tier":"reseller"}"#,
        #"{"id":"enrol-us","type":"reseller.enrolled","effective":"2026-01-01","reseller":"R-US","program":"groupdocs","name":"Empire Reseller","country":"US","region":"NY","kind":"retail","tier":"reseller"}"#,
        #"{"id":"enrol-ss","type":"reseller.enrolled","effective":"2026-01-01","reseller":"R-SS","program":"smartsoft","name":"Sibir Partner","country":"RU","kind":"retail","tier":"authorized"}"#,
        #"{"id":"enrol-bk","type":"reseller.enrolled","effective":"2026-01-01","reseller":"R-BK","program":"bytekast","name":"Kast Reseller","country":"DE","kind":"retail","tier":"silver"}"#,
        #"{"id":"enrol-late","type":"reseller.enrolled","effective":"2026-06-01","reseller":"R-LATE","program":"groupdocs","name":"Late Reseller","country":"DE","kind":"retail","tier":"reseller"}"#,
        #"{"id":"ord-0","type":"order.placed","effective":"2026-03-02","reseller":"R-ACME","program":"groupdocs","order":"ORD-0","lines":[{"sku":"GD-TOTAL","category":"license","quantity":1,"unitPrice":"1000.00"}],"endCustomer":{"name":"Nordwind GmbH","country":"DE"}}"#,
        #"{"id":"pay-0","type":"payment.received","effective":"2026-03-05","reseller":"R-BETA","program":"groupdocs","payment":"BT-0","amount":"100.00","currency":"USD","method":"bankTransfer"}"#,
    ]

    static let order = #"{"id":"ord-1","type":"order.placed","effective":"2026-03-10","reseller":"R-ACME","program":"groupdocs","order":"ORD-1","lines":[{"sku":"GD-TOTAL","category":"license","quantity":1,"unitPrice":"1000.00"}],"endCustomer":{"name":"Nordwind GmbH","country":"DE"}}"#

    static let payment = #"{"id":"pay-1","type":"payment.received","effective":"2026-04-15","reseller":"R-ACME","program":"groupdocs","payment":"BT-1","amount":"900.00","currency":"USD","method":"bankTransfer"}"#

    static let smartSoftOrder = #"{"id":"ord-ss-1","type":"order.placed","effective":"2026-05-12","reseller":"R-SS","program":"smartsoft","order":"SS-ORD-1","lines":[{"sku":"TI-LIC","category":"software","quantity":1,"unitPrice":"200000.00"}]}"#

    static let licence = #"{"id":"lic-0","type":"license.issued","effective":"2026-03-03","reseller":"R-ACME","program":"groupdocs","order":"ORD-0","temporary":false}"#

    static let refund = #"{"id":"ref-0","type":"payment.refunded","effective":"2026-03-06","reseller":"R-BETA","program":"groupdocs","payment":"BT-0","amount":"100.00","currency":"USD"}"#

    static let award = #"{"id":"award-1","type":"award.granted","effective":"2026-04-01","reseller":"R-ACME","program":"groupdocs","kind":"marketing","amount":"250.00"}"#

    static let tier = #"{"id":"tier-1","type":"tier.assigned","effective":"2026-04-01","reseller":"R-SS","program":"smartsoft","tier":"certified","source":"review"}"#

    static let account = #"{"id":"acc-1","type":"account.setUp","effective":"2026-02-01","reseller":"R-BK","program":"bytekast","account":"ACC-1","monthlyFee":"100.00"}"#
}
