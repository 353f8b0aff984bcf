/// M3's arithmetic: value = market size × share × unit price × usage period, against
/// N × the estimated cost. The unit price's period and the usage period are brought to
/// the same unit; a one-off price is not multiplied by the period.
public struct MarketSizing: Sendable, Equatable {
    public var market: Double
    public var share: Double
    public var price: Double
    public var pricePer: Quantity.Period
    public var period: Double
    public var periodUnit: Quantity.Period?
    public var cost: Double
    public var multiple: Double

    public init(market: Double, share: Double, price: Double, pricePer: Quantity.Period, period: Double,
                periodUnit: Quantity.Period?, cost: Double, multiple: Double) {
        (self.market, self.share, self.price, self.pricePer) = (market, share, price, pricePer)
        (self.period, self.periodUnit, self.cost, self.multiple) = (period, periodUnit, cost, multiple)
    }

    /// The period in the price's unit (1 for a one-off price).
    public var periods: Double {
        if pricePer == .once { return 1 }
        guard let u = periodUnit, u != .once, u != pricePer else { return period }
        return period * u.months / pricePer.months
    }

    public var value: Double { market * share * price * periods }
    public var ratio: Double { value / cost }
    public var passes: Bool { ratio >= multiple - 1e-9 }

    /// The share at which the value equals the cost (1×), and N × the cost.
    public var breakevenShare: Double { perShare > 0 ? cost / perShare : .infinity }
    public var requiredShare: Double { breakevenShare * multiple }
    /// The unit price at which the value equals the cost, and N × the cost.
    public var breakevenPrice: Double { perPrice > 0 ? cost / perPrice : .infinity }
    public var requiredPrice: Double { breakevenPrice * multiple }

    private var perShare: Double { market * price * periods }
    private var perPrice: Double { market * share * periods }
}
