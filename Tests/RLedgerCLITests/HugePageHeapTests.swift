import Testing
@testable import RLedgerCLI

/// When `rledger` starts itself again with huge pages for its heap, and
/// with which `GLIBC_TUNABLES`.
@Suite struct HugePageHeapTests {
    @Test func addsTheTunableOnceAndKeepsTheOthers() {
        #expect(HugePageHeap.tunables(from: [:]) == "glibc.malloc.hugetlb=1")
        #expect(HugePageHeap.tunables(from: ["GLIBC_TUNABLES": ""]) == "glibc.malloc.hugetlb=1")
        #expect(HugePageHeap.tunables(from: ["GLIBC_TUNABLES": "glibc.malloc.arena_max=2"])
                == "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1")
    }

    @Test func leavesAnyValueTheUserChoseAndTheOptOut() {
        // Already there (the restarted process sees it): no second restart.
        #expect(HugePageHeap.tunables(from: ["GLIBC_TUNABLES": "glibc.malloc.hugetlb=1"]) == nil)
        #expect(HugePageHeap.tunables(from: ["GLIBC_TUNABLES": "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=0"]) == nil)
        #expect(HugePageHeap.tunables(from: ["RLEDGER_NO_HUGE_PAGES": "1"]) == nil)
    }

    @Test func onlyForGenerateAndLargeLedgers() {
        let sizes = ["big/orders.jsonl": 40 << 20, "big/invoices.jsonl": 30 << 20, "EventLogs/orders.jsonl": 200_000]
        let size: (String) -> Int = { sizes[$0] ?? 0 }
        #expect(HugePageHeap.isLarge(["--ledger", "big", "balances"], fileSize: size))
        #expect(!HugePageHeap.isLarge(["balances"], fileSize: size), "the demo ledger")
        #expect(!HugePageHeap.isLarge(["--ledger", "missing", "verify"], fileSize: size))
        #expect(HugePageHeap.isLarge(["generate", "--resellers", "10", "--out", "x"], fileSize: size))
        #expect(!HugePageHeap.isLarge(["--help"], fileSize: size), "no command")
    }
}
