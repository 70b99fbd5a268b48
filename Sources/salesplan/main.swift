import SalesPlanKit
print("placeholder")
