"""The point-and-click rule editor and its dialogs (products, groups, versions, arming, policy)."""
