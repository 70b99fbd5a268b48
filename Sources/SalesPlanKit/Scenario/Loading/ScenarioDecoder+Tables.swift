import Foundation
import Yams

/// The scenario's tables (sellers, territories, accounts): written inline as YAML lists, or as a
/// path to a CSV file relative to the scenario file, because rosters and account lists usually
/// arrive as CRM exports.
extension ScenarioDecoder {
    /// Columns of each table: the keys a YAML entry may use and the columns a CSV may have.
    enum Columns {
        static let sellerRequired = ["id", "plan", "quota"]
        static let sellerOptional = ["name", "role", "territory", "region", "segment", "hire_date", "manager", "prior_attainments",
                                     "baseline_quota", "credit_share", "covers_territories", "covers_products", "renewal_base"]
        /// Inline entries only: `count: 50` expands one entry into 50 identical sellers.
        static let sellerInlineOnly = ["count"]
        static let territoryRequired = ["id"]
        static let territoryOptional = ["name", "region", "segment", "vertical", "capacity_hours", "latitude", "longitude"]
        static let accountRequired = ["id", "potential"]
        static let accountOptional = ["name", "territory", "billings", "workload_hours", "latitude", "longitude", "vertical", "segment", "locked",
                                              "previous_territory", "moved"]
        /// A CSV accounts table may name its `id` column `account` (a balancing report's alignment.csv).
        static let accountAliases = ["account": "id"]
    }

    func decodeSellers(_ top: YAMLRecord, origins: inout DecodedScenario.Origins) -> [Seller] {
        guard top.has("sellers") else {
            top.reportMissing("sellers", log: log)
            return []
        }
        let (tableSellers, records) = decodeTable(
            top, key: "sellers", what: "a seller", required: Columns.sellerRequired,
            optional: Columns.sellerOptional, inlineOnly: Columns.sellerInlineOnly, limit: limits.maxSellers,
            decodeRecord: decodeSeller)
        let (merged, mergedRecords) = applyOverlay("sellers", rows: tableSellers, records: records, rowID: { $0.id }, what: "a seller",
                                                   allowed: Columns.sellerRequired + Columns.sellerOptional + Columns.sellerInlineOnly,
                                                   decodeRecord: decodeSeller)
        let sellers = merged
        origins.sellers = mergedRecords
        origins.tableLocations["sellers"] = top.location(of: "sellers")
        if sellers.isEmpty, !log.hasFailed(FieldPath.root.key("sellers")) {
            log.error("needs at least one seller", at: top.location(of: "sellers"), field: FieldPath.root.key("sellers"))
        }
        return sellers
    }

    func decodeTerritories(_ top: YAMLRecord, origins: inout DecodedScenario.Origins) -> [Territory] {
        guard top.has("territories") else { return [] }
        let (table, records) = decodeTable(
            top, key: "territories", what: "a territory", required: Columns.territoryRequired,
            optional: Columns.territoryOptional, inlineOnly: [], limit: limits.maxAccounts, decodeRecord: decodeTerritory)
        let (territories, mergedRecords) = applyOverlay(
            "territories", rows: table, records: records, rowID: { $0.id }, what: "a territory",
            allowed: Columns.territoryRequired + Columns.territoryOptional, decodeRecord: decodeTerritory)
        origins.territories = mergedRecords
        origins.tableLocations["territories"] = top.location(of: "territories")
        return territories
    }

    func decodeAccounts(_ top: YAMLRecord, origins: inout DecodedScenario.Origins) -> [Account] {
        guard top.has("accounts") else { return [] }
        let (table, records) = decodeTable(
            top, key: "accounts", what: "an account", required: Columns.accountRequired,
            optional: Columns.accountOptional, inlineOnly: [], aliases: Columns.accountAliases, limit: limits.maxAccounts,
            decodeRecord: decodeAccount)
        let (accounts, mergedRecords) = applyOverlay(
            "accounts", rows: table, records: records, rowID: { $0.id }, what: "an account",
            allowed: Columns.accountRequired + Columns.accountOptional, decodeRecord: decodeAccount)
        origins.accounts = mergedRecords
        origins.tableLocations["accounts"] = top.location(of: "accounts")
        return accounts
    }

    private func decodeTerritory(_ record: any FieldRecord) -> [Territory] {
        let id = record.identifier("id", log: log) ?? ""
        return [Territory(id: id, name: record.string("name", log: log) ?? id,
                          region: record.string("region", log: log), segment: record.string("segment", log: log),
                          vertical: record.string("vertical", log: log),
                          capacityHours: record.number("capacity_hours", .hours, log: log),
                          latitude: record.number("latitude", .between(-90, 90), log: log),
                          longitude: record.number("longitude", .between(-180, 180), log: log))]
    }

    private func decodeAccount(_ record: any FieldRecord) -> [Account] {
        let id = record.identifier("id", log: log) ?? ""
        return [Account(
            id: id,
            name: record.string("name", log: log) ?? id,
            territoryID: record.string("territory", log: log),
            potential: record.number("potential", .money, required: true, log: log) ?? 0,
            billings: record.number("billings", .money, log: log) ?? 0,
            workloadHours: record.number("workload_hours", .hours, log: log) ?? 0,
            latitude: record.number("latitude", .between(-90, 90), log: log),
            longitude: record.number("longitude", .between(-180, 180), log: log),
            vertical: record.string("vertical", log: log),
            segment: record.string("segment", log: log),
            locked: record.bool("locked", log: log) ?? false)]
    }

    private func decodeSeller(_ record: any FieldRecord) -> [Seller] {
        let id = record.identifier("id", log: log) ?? ""
        let priors = record.numbers("prior_attainments", .attainment, log: log) ?? []
        let priorsPath = record.path.key("prior_attainments")
        if priors.contains(0) {
            log.error("attainments must be greater than 0 (a year with no bookings has no log attainment; leave the year out)",
                      at: record.location(of: "prior_attainments"), field: priorsPath)
        } else if let tiny = priors.first(where: { $0 < ValueLimits.smallestPriorAttainment }) {
            log.error("attainments must be at least 0.0001 (0.01 % of quota), got \(NumberText.plain(tiny)); leave out a year with next to no bookings",
                      at: record.location(of: "prior_attainments"), field: priorsPath)
        }
        var seller = Seller(
            id: id,
            name: record.string("name", log: log) ?? id,
            role: record.choice("role", of: SellerRole.self, log: log) ?? .accountExecutive,
            planID: record.identifier("plan", log: log) ?? "",
            territoryID: record.string("territory", log: log),
            region: record.string("region", log: log),
            segment: record.string("segment", log: log),
            quota: record.number("quota", .positiveMoney, required: true, log: log) ?? 1,
            baselineQuota: record.number("baseline_quota", .positiveMoney, log: log),
            hireDate: record.date("hire_date", log: log),
            managerID: record.string("manager", log: log),
            priorAttainments: priors.filter { $0 >= ValueLimits.smallestPriorAttainment })
        seller.creditShare = creditShare(record) ?? 1
        seller.coversTerritories = record.list("covers_territories", log: log)?.map(\.text) ?? []
        seller.coversProducts = record.list("covers_products", log: log)?.map(\.text) ?? []
        seller.renewalBase = record.number("renewal_base", .money, log: log) ?? 0
        guard record.has("count") else { return [seller] }
        guard let count = record.integer("count", in: 1...limits.maxSellers, log: log) else { return [] }
        // Expand a cohort: ids zero-padded to the width of the count (ae-01 ... ae-50 for 50),
        // names "Account Executive 1" ... "Account Executive 50".
        let width = String(count).count
        return (1...count).map { number in
            var member = seller
            let digits = String(number)
            member.id = "\(seller.id)-\(String(repeating: "0", count: width - digits.count))\(digits)"
            member.name = "\(seller.name) \(number)"
            return member
        }
    }

    /// `credit_share`: a share above 0 and at most 100 % (`50%` or `0.5`).
    private func creditShare(_ record: any FieldRecord) -> Double? {
        guard let raw = record.field("credit_share", log: log) else { return nil }
        let field = record.path.key("credit_share")
        switch ValueParser.number(raw.text) {
        case .failure(let problem):
            log.error(problem.message, at: raw.location, field: field)
            return nil
        case .success(let share):
            let got = Excerpt.of(raw.text.trimmingWhitespace())
            if share <= 0 {
                log.error("must be greater than 0 (got \(got)): a seller credited with nothing needs no credit; remove the seller or give a share such as 50%",
                          at: raw.location, field: field)
                return nil
            }
            if share > 1 {
                let hint = share >= 2 && share <= 100 ? "; for \(NumberText.plain(share)) % write \(NumberText.plain(share))% or \(NumberText.plain(share / 100))" : ""
                log.error("must be at most 1 (100 %) (got \(got))\(hint)", at: raw.location, field: field)
                return nil
            }
            return share
        }
    }

    /// Reads the table at `key`: a CSV path or an inline YAML list. Returns the decoded rows and,
    /// for each, the record it came from.
    private func decodeTable<Row>(
        _ top: YAMLRecord, key: String, what: String, required: [String], optional: [String],
        inlineOnly: [String], aliases: [String: String] = [:], limit: Int, decodeRecord: (any FieldRecord) -> [Row]
    ) -> ([Row], [any FieldRecord]) {
        guard let node = top.node(key) else { return ([], []) }
        let path = FieldPath.root.key(key)
        var rows: [Row] = []
        var origins: [any FieldRecord] = []

        if let scalar = node.scalar {
            let reference = top.location(of: key)
            guard let table = readCSV(scalar.string, table: key, referencedFrom: reference, required: required, optional: optional,
                                      aliases: aliases)
            else { return ([], []) }
            if table.rowCount > limit {
                log.error("has \(NumberText.grouped(table.rowCount)) rows, above the limit of \(NumberText.grouped(limit))",
                          at: SourceLocation(file: table.displayPath), field: path)
                return ([], [])
            }
            rows.reserveCapacity(table.rowCount)
            for index in 0..<table.rowCount {
                let record = table.record(index)
                for row in decodeRecord(record) {
                    rows.append(row)
                    origins.append(record)
                }
            }
            return (rows, origins)
        }

        guard let items = node.sequence else {
            log.error("expected a list of \(key) or the path of a CSV file, got \(YAMLRecord.kind(of: node))",
                      at: top.location(of: key), field: path)
            return ([], [])
        }
        for (index, item) in items.enumerated() {
            guard let record = YAMLRecord(item, path: path.index(index), file: displayPath,
                                          allowed: required + optional + inlineOnly, what: what, log: log)
            else { continue }
            for row in decodeRecord(record) {
                rows.append(row)
                origins.append(record)
            }
            if rows.count > limit {
                log.error("has more than \(NumberText.grouped(limit)) entries, the limit", at: record.location, field: path)
                return ([], [])
            }
        }
        return (rows, origins)
    }

    private func readCSV(_ relativePath: String, table: String, referencedFrom: SourceLocation,
                         required: [String], optional: [String], aliases: [String: String]) -> CSVTable? {
        let path = FieldPath.root.key(table)
        let trimmed = String(relativePath.trimmingWhitespace())
        guard !trimmed.isEmpty else {
            log.error("expected the path of a CSV file", at: referencedFrom, field: path)
            return nil
        }
        let url: URL
        let display: String
        if trimmed.hasPrefix("/") {
            url = URL(fileURLWithPath: trimmed)
            display = trimmed
        } else {
            url = fileURL.deletingLastPathComponent().appendingPathComponent(trimmed)
            let folder = (displayPath as NSString).deletingLastPathComponent
            display = folder.isEmpty ? trimmed : (folder as NSString).appendingPathComponent(trimmed)
        }
        log.noteInput(url)
        guard let source = SourceText.read(url, displayPath: display, role: "\(table) table", field: path,
                                           maxBytes: limits.maxFileBytes, referencedFrom: referencedFrom, log: log)
        else { return nil }
        return CSVTable.parse(source, tablePath: path, required: required, optional: optional, aliases: aliases, log: log)
    }
}
