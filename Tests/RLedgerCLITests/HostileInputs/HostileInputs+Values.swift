/// Inputs that parse as JSON but carry a wrong value: a type where another
/// belongs, an amount that is not exact, a date that does not exist, an id
/// that could reach a file path, an unknown or duplicate key, a field the
/// store sets. The message names the field.
///
/// Example: `"amount":900` (a number where a decimal string belongs) is
/// refused with `<stdin>:1: amount: must be a decimal string such as "12.50", not a JSON number`.
extension HostileInputCorpus {
    static let values: [HostileInput] = [
        // Types
        HostileInput("amount as a JSON number", line: Corpus.payment.replacing(#""900.00""#, "900"), expected: #"<stdin>:1: amount: must be a decimal string such as "1250.00" (amounts are never JSON numbers)"#),
        HostileInput("unitPrice as a JSON number", line: Corpus.order.replacing(#""1000.00""#, "1000.00"), expected: #"<stdin>:1: lines[0].unitPrice: must be a decimal string such as "1250.00" (amounts are never JSON numbers)"#),
        HostileInput("quantity as a string", line: Corpus.order.replacing(#""quantity":1"#, #""quantity":"1""#), expected: #"<stdin>:1: lines[0].quantity: must be a whole number"#),
        HostileInput("quantity with a fraction", line: Corpus.order.replacing(#""quantity":1"#, #""quantity":1.5"#), expected: #"<stdin>:1: lines[0].quantity: must be a whole number"#),
        HostileInput("quantity with an exponent", line: Corpus.order.replacing(#""quantity":1"#, #""quantity":1e2"#), expected: #"<stdin>:1: lines[0].quantity: must be a whole number"#),
        HostileInput("quantity beyond Int64", line: Corpus.order.replacing(#""quantity":1"#, #""quantity":99999999999999999999"#), expected: #"<stdin>:1: lines[0].quantity: must be a whole number"#),
        HostileInput("quantity with a leading zero", line: Corpus.order.replacing(#""quantity":1"#, #""quantity":01"#), expected: #"<stdin>:1: not valid JSON: invalid number: leading zero (byte 179)"#),
        HostileInput("quantity NaN", line: Corpus.order.replacing(#""quantity":1"#, #""quantity":NaN"#), expected: #"<stdin>:1: not valid JSON: unexpected character 'N' (byte 178)"#),
        HostileInput("reseller as a number", line: Corpus.order.replacing(#""R-ACME""#, "42"), expected: #"<stdin>:1: reseller: must be a string"#),
        HostileInput("effective as a number", line: Corpus.order.replacing(#""2026-03-10""#, "20260310"), expected: #"<stdin>:1: effective: must be a string"#),
        HostileInput("temporary as a string", line: Corpus.licence.replacing("false", #""false""#), expected: #"<stdin>:1: temporary: must be true or false"#),
        HostileInput("lines as an object", line: Corpus.order.replacing(#""lines":["#, #""lines":{"a":"#).replacing("}],", "}},"), expected: #"<stdin>:1: lines: must be an array"#),
        HostileInput("lines empty", line: Corpus.order.replacing(#"[{"sku":"GD-TOTAL","category":"license","quantity":1,"unitPrice":"1000.00"}]"#, "[]"), expected: #"<stdin>:1: lines: must not be empty"#),
        HostileInput("endCustomer as a string", line: Corpus.order.replacing(#"{"name":"Nordwind GmbH","country":"DE"}"#, #""Nordwind""#), expected: #"<stdin>:1: endCustomer: must be an object"#),
        HostileInput("null for a required field", line: Corpus.payment.replacing(#""BT-1""#, "null"), expected: #"<stdin>:1: payment: must be a string"#),
        // Amounts
        HostileInput("amount with three decimals", line: Corpus.payment.replacing("900.00", "900.001"), expected: #"<stdin>:1: amount: "900.001" has 3 decimal places; USD amounts have at most 2 [rule: amounts are exact in the currency's minor unit, never rounded]"#),
        HostileInput("unitPrice with three decimals", line: Corpus.order.replacing("1000.00", "1000.005"), expected: #"<stdin>:1: lines[0].unitPrice: "1000.005" has 3 decimal places; USD amounts have at most 2 [rule: amounts are exact in the currency's minor unit, never rounded]"#),
        HostileInput("amount beyond Int64", line: Corpus.payment.replacing("900.00", "99999999999999999999.00"), expected: #"<stdin>:1: amount: "99999999999999999999.00" is too large"#),
        HostileInput("amount just past Int64 in cents", line: Corpus.payment.replacing("900.00", "92233720368547758.08"), expected: #"<stdin>:1: amount: "92233720368547758.08" is too large"#),
        HostileInput("amount negative", line: Corpus.payment.replacing("900.00", "-900.00"), expected: #"<stdin>:1: amount: must be greater than zero, got "-900.00""#),
        HostileInput("amount zero", line: Corpus.payment.replacing("900.00", "0.00"), expected: #"<stdin>:1: amount: must be greater than zero, got "0.00""#),
        HostileInput("amount with a comma", line: Corpus.payment.replacing("900.00", "900,00"), expected: #"<stdin>:1: amount: "900,00" is not a decimal number (digits, optional '-' and '.')"#),
        HostileInput("amount with an exponent", line: Corpus.payment.replacing("900.00", "9e2"), expected: #"<stdin>:1: amount: "9e2" is not a decimal number (digits, optional '-' and '.')"#),
        HostileInput("amount with a plus sign", line: Corpus.payment.replacing("900.00", "+900.00"), expected: #"<stdin>:1: amount: "+900.00" is not a decimal number (digits, optional '-' and '.')"#),
        HostileInput("amount empty", line: Corpus.payment.replacing("900.00", ""), expected: #"<stdin>:1: amount: "" is not a decimal number (digits, optional '-' and '.')"#),
        HostileInput("amount with spaces", line: Corpus.payment.replacing("900.00", " 900.00"), expected: #"<stdin>:1: amount: " 900.00" is not a decimal number (digits, optional '-' and '.')"#),
        // Dates
        HostileInput("30 February", line: Corpus.order.replacing("2026-03-10", "2026-02-30"), expected: #"<stdin>:1: effective: "2026-02-30" is not a date (YYYY-MM-DD, a real calendar day)"#),
        HostileInput("29 February in a common year", line: Corpus.order.replacing("2026-03-10", "2026-02-29"), expected: #"<stdin>:1: effective: "2026-02-29" is not a date (YYYY-MM-DD, a real calendar day)"#),
        HostileInput("month 13", line: Corpus.order.replacing("2026-03-10", "2026-13-01"), expected: #"<stdin>:1: effective: "2026-13-01" is not a date (YYYY-MM-DD, a real calendar day)"#),
        HostileInput("a date without padding", line: Corpus.order.replacing("2026-03-10", "2026-3-10"), expected: #"<stdin>:1: effective: "2026-3-10" is not a date (YYYY-MM-DD, a real calendar day)"#),
        HostileInput("a date with a time", line: Corpus.order.replacing("2026-03-10", "2026-03-10T00:00:00Z"), expected: #"<stdin>:1: effective: "2026-03-10T00:00:00Z" is not a date (YYYY-MM-DD, a real calendar day)"#),
        HostileInput("a terminal escape for a date", line: Corpus.order.replacing("2026-03-10", #"\u001b[2J"#), expected: #"<stdin>:1: effective: "\u001B[2J" is not a date (YYYY-MM-DD, a real calendar day)"#),
        HostileInput("no effective date", line: Corpus.order.replacing(#""effective":"2026-03-10","#, ""), expected: #"<stdin>:1: effective: is missing"#),
        // Ids
        HostileInput("event id with ../", line: Corpus.order.replacing(#""id":"ord-1""#, #""id":"../ord-1""#), expected: #"<stdin>:1: id: "../ord-1" is not a valid event id ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})"#),
        HostileInput("event id with a slash", line: Corpus.order.replacing(#""id":"ord-1""#, #""id":"ord/1""#), expected: #"<stdin>:1: id: "ord/1" is not a valid event id ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})"#),
        HostileInput("event id with NUL", line: Corpus.order.replacing(#""id":"ord-1""#, #""id":"ord\u0000-1""#), expected: #"<stdin>:1: id: "ord\u0000-1" is not a valid event id ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})"#),
        HostileInput("event id of 200 characters", line: Corpus.order.replacing(#""id":"ord-1""#, #""id":""# + String(repeating: "o", count: 200) + #"""#), expected: #"<stdin>:1: id: "oooooooooooooooooooooooooooooooooooooooo…" is not a valid event id ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})"#),
        HostileInput("event id empty", line: Corpus.order.replacing(#""id":"ord-1""#, #""id":"""#), expected: #"<stdin>:1: id: "" is not a valid event id ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})"#),
        HostileInput("event id starting with a dot", line: Corpus.order.replacing(#""id":"ord-1""#, #""id":".ord-1""#), expected: #"<stdin>:1: id: ".ord-1" is not a valid event id ([A-Za-z0-9][A-Za-z0-9._:-]{0,127})"#),
        HostileInput("reseller id with ../", line: Corpus.order.replacing(#""R-ACME""#, #""../R-ACME""#), expected: #"<stdin>:1: reseller: "../R-ACME" is not a valid id ([A-Za-z0-9][A-Za-z0-9._-]{0,63})"#),
        HostileInput("program id with a slash", line: Corpus.order.replacing(#""groupdocs""#, #""group/docs""#), expected: #"<stdin>:1: program: "group/docs" is not a valid id ([A-Za-z0-9][A-Za-z0-9._-]{0,63})"#),
        HostileInput("order id with NUL", line: Corpus.order.replacing(#""ORD-1""#, #""ORD\u0000-1""#), expected: #"<stdin>:1: order: "ORD\u0000-1" is not a valid id ([A-Za-z0-9][A-Za-z0-9._-]{0,63})"#),
        HostileInput("order id of 200 characters", line: Corpus.order.replacing(#""ORD-1""#, #"""# + String(repeating: "O", count: 200) + #"""#), expected: #"<stdin>:1: order: "OOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOOO…" is not a valid id ([A-Za-z0-9][A-Za-z0-9._-]{0,63})"#),
        HostileInput("payment id with a colon", line: Corpus.payment.replacing(#""BT-1""#, #""BT:1""#), expected: #"<stdin>:1: payment: "BT:1" is not a valid id ([A-Za-z0-9][A-Za-z0-9._-]{0,63})"#),
        HostileInput("reseller id with a backslash", line: Corpus.order.replacing(#""R-ACME""#, #""R\\ACME""#), expected: #"<stdin>:1: reseller: "R\\ACME" is not a valid id ([A-Za-z0-9][A-Za-z0-9._-]{0,63})"#),
        HostileInput("reseller id with non-ASCII", line: Corpus.order.replacing(#""R-ACME""#, #""R-ÄCME""#), expected: #"<stdin>:1: reseller: "R-ÄCME" is not a valid id ([A-Za-z0-9][A-Za-z0-9._-]{0,63})"#),
        // Keys and types
        HostileInput("an unknown key", line: Corpus.payment.replacing(#""method""#, #""discount":"5","method""#), expected: #"<stdin>:1: discount: unknown key (not in the event catalog for this type)"#),
        HostileInput("an unknown key inside a line", line: Corpus.order.replacing(#""quantity":1"#, #""quantity":1,"colour":"red""#), expected: #"<stdin>:1: lines[0].colour: unknown key (not in the event catalog for this type)"#),
        HostileInput("an unknown key with a control character", line: Corpus.payment.replacing(#""method""#, #""a\u0007b":1,"method""#), expected: #"<stdin>:1: "a\u0007b": unknown key (not in the event catalog for this type)"#),
        HostileInput("a misspelt key", line: Corpus.payment.replacing(#""currency""#, #""curency""#), expected: #"<stdin>:1: currency: is missing"#),
        HostileInput("an unknown type", line: Corpus.order.replacing("order.placed", "order.deleted"), expected: #"<stdin>:1: type: "order.deleted" is not an event type of the catalog"#),
        HostileInput("no type", line: Corpus.order.replacing(#""type":"order.placed","#, ""), expected: #"<stdin>:1: type: is missing"#),
        HostileInput("a key twice", line: Corpus.payment.replacing(#""method""#, #""amount":"9.00","method""#), expected: #"<stdin>:1: not valid JSON: duplicate key "amount" (byte 159)"#),
        HostileInput("the id twice", line: Corpus.payment.replacing(#""type""#, #""id":"pay-2","type""#), expected: #"<stdin>:1: not valid JSON: duplicate key "id" (byte 14)"#),
        HostileInput("a key twice, spelt with an escape", line: Corpus.payment.replacing(#""method""#, #""\u0061mount":"9.00","method""#), expected: #"<stdin>:1: not valid JSON: duplicate key "amount" (byte 159)"#),
        HostileInput("an unknown currency", line: Corpus.payment.replacing(#""USD""#, #""XXX""#), expected: #"<stdin>:1: currency: "XXX" is not a known ISO 4217 currency code"#),
        HostileInput("an unknown payment method", line: Corpus.payment.replacing("bankTransfer", "cheque"), expected: #"<stdin>:1: method: "cheque" is not one of "bankTransfer", "card", "other""#),
        // Envelope fields the store sets
        HostileInput("seq supplied", line: Corpus.payment.replacing(#"{"id""#, #"{"seq":7,"id""#), expected: #"<stdin>:1: seq: is set by the store; input must not carry it"#),
        HostileInput("recorded supplied", line: Corpus.payment.replacing(#""effective""#, #""recorded":"2026-04-15T00:00:00Z","effective""#), expected: #"<stdin>:1: recorded: is set by the store; input must not carry it"#),
        HostileInput("chain supplied", line: Corpus.payment.replacing(#""}"#, #"","chain":""# + String(repeating: "0", count: 64) + #""}"#), expected: #"<stdin>:1: chain: is set by the store; input must not carry it"#),
    ]
}
