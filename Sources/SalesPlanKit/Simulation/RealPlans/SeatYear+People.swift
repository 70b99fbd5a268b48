/// A trial that is not a plain year, in three steps: who is in the seat and on what attainments
/// (``people(attainments:leaveUniform:)``), the plan's multiples on them, and the outcome from
/// those multiples. The engine takes the middle step four trials at a time
/// (``RealPlanPay/multiples(lanes:netOfChurn:)``); ``outcome(primary:attainments:leaveUniform:renewalFactor:churn:)``
/// takes all three for one trial. Both give the same bits.
extension SeatYear {
    /// Who works the seat in a trial, and the attainments each is paid on: the incumbent's and
    /// the replacement's full-year attainments scaled to their months and productivity (zero
    /// for a person not in seat).
    struct People {
        var year: SeatCalendar.Year
        var incumbent: MeasureAttainments
        var replacement: MeasureAttainments
    }

    /// The plan's pay multiples of both people, gross and net of the trial's churn.
    struct Multiples {
        var incumbentGross: Double
        var incumbentNet: Double
        var replacementGross: Double
        var replacementNet: Double
    }

    /// The people in the seat given the departure draw. A replacement has the average seller's
    /// skill: their attainments are the incumbent's divided by the skill factor.
    @inline(__always)
    func people(attainments: MeasureAttainments, leaveUniform: Double) -> People {
        let year = calendar.year(leaveUniform: leaveUniform, rate: attritionRate, vacancyMonths: vacancyMonths)
        var people = People(year: year, incumbent: .zero, replacement: .zero)
        // With quota relief the scale is 1 for every measure (and x × 1 is x).
        let relief = plan.rampQuotaRelief
        if year.incumbentMonths > 0 {
            people.incumbent = relief ? attainments
                : attainments * attainmentScale(months: year.incumbentMonths, productivity: year.incumbentProductivity)
        }
        if year.replacementMonths > 0 {
            let scaled = attainments / replacementDivisor
            people.replacement = relief ? scaled
                : scaled * attainmentScale(months: year.replacementMonths, productivity: year.replacementProductivity)
        }
        return people
    }

    /// The multiples one trial at a time.
    @inline(__always)
    func multiples(of people: People, churn: Double) -> Multiples {
        var multiples = Multiples(incumbentGross: 0, incumbentNet: 0, replacementGross: 0, replacementNet: 0)
        if people.year.incumbentMonths > 0 {
            multiples.incumbentGross = plan.multiple(people.incumbent)
            multiples.incumbentNet = churn > 0 ? plan.multiple(people.incumbent, netOfChurn: 1 - churn) : multiples.incumbentGross
        }
        if people.year.replacementMonths > 0 {
            multiples.replacementGross = plan.multiple(people.replacement)
            multiples.replacementNet = churn > 0
                ? plan.multiple(people.replacement, netOfChurn: 1 - churn) : multiples.replacementGross
        }
        return multiples
    }

    /// The seat's outcome from its people and their multiples: bookings and revenue lost, base
    /// salary for the months worked, each person's pay with their draw, the incumbent's
    /// attainment and multiple.
    @inline(__always)
    func outcome(primary: Double, year: SeatCalendar.Year, multiples: Multiples, renewalFactor: Double) -> Outcome {
        var outcome = Outcome()
        outcome.year = year
        outcome.departed = year.departed
        let monthlyQuota = quota / 12
        let replacementPrimary = primary / skillFactor
        outcome.bookings = primary * monthlyQuota * year.incumbentProductivity
            + replacementPrimary * monthlyQuota * year.replacementProductivity
        outcome.revenueLost = Swift.max(0, primary * quota - outcome.bookings)
        outcome.renewed = renewalBase * renewalFactor
        outcome.baseSalary = baseSalary * Double(year.incumbentMonths + year.replacementMonths) / 12

        if year.incumbentMonths > 0 {
            let person = settle(gross: multiples.incumbentGross, net: multiples.incumbentNet, months: year.incumbentMonths,
                                productivity: year.incumbentProductivity,
                                draw: plan.newHireDraw.map { calendar.incumbentDrawMonths($0.months, lastMonth: year.incumbentLastMonth) })
            outcome.pay += person.pay
            outcome.clawback += person.clawback
            outcome.drawTopUp += person.topUp
            outcome.attainment = primary * (plan.rampQuotaRelief ? 1 : year.incumbentProductivity / Double(year.incumbentMonths))
            outcome.multiple = person.multiple
        }
        if year.replacementMonths > 0 {
            let drawMonths = plan.newHireDraw.map { draw -> (months: Int, productivity: Double) in
                let months = Swift.min(draw.months, year.replacementMonths)
                return (months, calendar.rampCumulative[months])
            }
            let person = settle(gross: multiples.replacementGross, net: multiples.replacementNet, months: year.replacementMonths,
                                productivity: year.replacementProductivity, draw: drawMonths)
            outcome.pay += person.pay
            outcome.clawback += person.clawback
            outcome.drawTopUp += person.topUp
        }
        return outcome
    }
}
