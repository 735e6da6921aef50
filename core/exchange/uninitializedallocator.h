#pragma once

#include <memory>
#include <utility>

namespace mend {

/** An allocator whose containers leave a new element of a trivial type unset instead of
 * zeroing it: for an array sized ahead whose elements are each written once. */
template <typename T> struct UninitializedAllocator : std::allocator<T>
{
    template <typename U> struct rebind
    {
        using other = UninitializedAllocator<U>;
    };
    template <typename U> void construct(U *p) noexcept { ::new (static_cast<void *>(p)) U; }
    template <typename U, typename... Args> void construct(U *p, Args &&...args)
    {
        ::new (static_cast<void *>(p)) U(std::forward<Args>(args)...);
    }
};

} // namespace mend
